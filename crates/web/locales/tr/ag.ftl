ag-tile = AG Alleinerziehende: toplantılar ve üyeler
ag-public-title = AG Alleinerziehende'den (tek ebeveynler çalışma grubu)
ag-public-lead = İlçenin siyaset, yönetim ve serbest kurumlardan oluşan çalışma grubunun kısaca neleri görüştüğü ve karara bağladığı.
