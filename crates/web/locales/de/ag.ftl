ag-tile = AG Alleinerziehende: Sitzungen und Mitglieder
ag-public-title = Aus der AG Alleinerziehende
ag-public-lead = Was die Arbeitsgemeinschaft des Bezirks aus Politik, Verwaltung und freien Trägern besprochen und beschlossen hat, in Kürze.
