admin-back = ← Back office
offers-admin-status = Status
edit-submit = Save
edit-saved = Saved. The public page shows the change.
chain-field-slug-hint = Lower-case letters, digits and hyphens, e.g. schwanger-und-allein. The address /wege/… will be on posters and never changes.
chain-public-page = public page
