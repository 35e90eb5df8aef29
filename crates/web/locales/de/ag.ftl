ag-back = Zurück zur AG
ag-error-count = { $count ->
    [one] Ein Feld braucht noch Ihre Aufmerksamkeit.
   *[other] { $count } Felder brauchen noch Ihre Aufmerksamkeit.
}
ag-tile = AG Alleinerziehende: Sitzungen und Mitglieder
ag-public-title = Aus der AG Alleinerziehende
