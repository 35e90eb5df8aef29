ag-back = Back to the working group
ag-error-count = { $count ->
    [one] One field still needs your attention.
   *[other] { $count } fields still need your attention.
}
ag-tile = Working group: meetings and members
ag-public-title = From the AG Alleinerziehende
