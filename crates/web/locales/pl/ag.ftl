ag-tile = AG Alleinerziehende: posiedzenia i członkowie
ag-public-title = Z AG Alleinerziehende (grupy roboczej ds. samotnych rodziców)
ag-public-lead = W skrócie: co grupa robocza okręgu złożona z polityki, administracji i organizacji pozarządowych omówiła i postanowiła.
