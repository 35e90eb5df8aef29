ag-tile = AG Alleinerziehende: Sitzungen und Mitglieder
ag-public-title = Aus der AG Alleinerziehende
