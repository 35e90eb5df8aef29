ag-tile = AG Alleinerziehende: toplantılar ve üyeler
ag-public-title = AG Alleinerziehende'den (tek ebeveynler çalışma grubu)
