## Public statistics (/statistik)
stats-title = İstatistik
stats-lead = Ebeveynlerin ilçede ne aradığı, neyin eksik olduğu ve Wegweiser'ın nasıl kullanıldığı: siyaset ve kamuoyu için açık rakamlar.
stats-period = Dönem: { $period }.
stats-privacy = Tüm rakamlar isimsiz toplamlardır. 5'ten küçük rakamları – ve böyle bir rakamın hesaplanabileceği rakamları – “< 5” olarak gösteririz.
stats-tell-us = Size bir şey mi eksik? Bize söyleyin.
