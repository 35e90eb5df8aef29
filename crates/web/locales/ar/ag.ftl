ag-tile = AG Alleinerziehende: الجلسات والأعضاء
ag-public-title = من AG Alleinerziehende (مجموعة العمل الخاصة بالوالدين المنفردين)
ag-public-lead = ما ناقشته مجموعة العمل في المنطقة من السياسة والإدارة والجهات غير الحكومية وما قررته، باختصار.
