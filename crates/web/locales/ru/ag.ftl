ag-tile = AG Alleinerziehende: заседания и участники
ag-public-title = Из AG Alleinerziehende (рабочей группы по родителям-одиночкам)
