ag-tile = AG Alleinerziehende: cuộc họp và thành viên
ag-public-title = Từ AG Alleinerziehende (nhóm công tác về cha mẹ đơn thân)
