ag-tile = Working group: meetings and members
ag-public-title = From the AG Alleinerziehende
ag-public-lead = What the district's working group of politics, administration and independent providers discussed and decided, in brief.
