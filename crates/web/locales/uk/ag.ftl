ag-tile = AG Alleinerziehende: засідання й учасники
ag-public-title = З AG Alleinerziehende (робочої групи щодо батьків-одинаків)
