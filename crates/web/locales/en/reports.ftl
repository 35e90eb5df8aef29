## Public statistics (/statistik)
stats-title = Statistics
stats-lead = What parents in the district look for, what they miss and how Wegweiser is used: open figures for politics and the public.
stats-period = Period: { $period }.
stats-privacy = All figures are anonymous sums. Counts below 5 – and counts from which one could be worked out – are shown as "< 5".
stats-tell-us = Something missing? Tell us.
