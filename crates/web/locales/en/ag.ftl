ag-tile = Working group: meetings and members
ag-public-title = From the AG Alleinerziehende
