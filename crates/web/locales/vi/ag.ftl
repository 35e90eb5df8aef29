ag-tile = AG Alleinerziehende: cuộc họp và thành viên
ag-public-title = Từ AG Alleinerziehende (nhóm công tác về cha mẹ đơn thân)
ag-public-lead = Tóm tắt những gì nhóm công tác của quận gồm chính quyền, hành chính và các tổ chức phi chính phủ đã thảo luận và quyết định.
