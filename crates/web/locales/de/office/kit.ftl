admin-back = ← Zur Verwaltung
offers-admin-status = Status
edit-submit = Speichern
edit-saved = Gespeichert. Die öffentliche Seite zeigt die Änderung.
chain-field-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. schwanger-und-allein. Die Adresse /wege/… steht später auf Aushängen und ändert sich nicht mehr.
chain-public-page = öffentliche Seite
