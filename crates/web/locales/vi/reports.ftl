## Public statistics (/statistik)
stats-title = Thống kê
stats-lead = Cha mẹ trong quận tìm gì, còn thiếu gì và Wegweiser được sử dụng thế nào: số liệu công khai cho chính quyền và công chúng.
stats-period = Khoảng thời gian: { $period }.
stats-privacy = Tất cả số liệu là tổng ẩn danh. Số dưới 5 – và những số có thể dùng để tính ra số như vậy – được hiển thị là “< 5”.
stats-tell-us = Bạn còn thiếu gì? Hãy cho chúng tôi biết.
