ag-tile = AG Alleinerziehende: الجلسات والأعضاء
ag-public-title = من AG Alleinerziehende (مجموعة العمل الخاصة بالوالدين المنفردين)
