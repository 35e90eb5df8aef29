ag-tile = AG Alleinerziehende: posiedzenia i członkowie
ag-public-title = Z AG Alleinerziehende (grupy roboczej ds. samotnych rodziców)
