"""One probe per class of false alarm of the precision issue, written for this file, both ways.

Each shape is a way real reports tie figures together that once made factlint accuse a correct
figure. The consistent text must give no finding; where the shape carries a checkable claim, one
altered figure must give exactly one finding, on that figure, with both numbers in the message.
These cross-check the per-area tests (test_change_clauses, test_share_precision, test_list_heads,
test_date_shapes, test_paragraph_convention) with sentences none of them uses.
"""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

# (class, language, consistent text, altered text or None, (code, figure, message) of the one finding)
PROBES = [
    ("parallel clauses", "vi",
     "Doanh thu đạt 3.300 tỷ đồng, tăng 300 tỷ đồng (tăng 10,00%); chi phí đạt 220 tỷ đồng, tăng 20 tỷ đồng "
     "(tăng 10,00%); lợi nhuận đạt 90 tỷ đồng, tăng 40 tỷ đồng (tăng 80,00%).",
     ("(tăng 80,00%)", "(tăng 83,00%)"), ("C002", "83,00%", "ghi mức thay đổi 83,00%, tính ra 80,00%")),
    ("parallel clauses", "en",
     "Sales rose 20.0% from $60.0 million to $72.0 million, while costs were up 4.0% from $25.0 million to $26.0 million.",
     ("up 4.0%", "up 7.0%"), ("C002", "7.0%", "stated change 7.0%, computed 4.0%")),
    ("a change is no share", "vi",
     "Sản lượng qua các cảng: Hải Phòng (3,6 triệu tấn, -1,8%); Cái Mép (2,2 triệu tấn, +5,3%); Đà Nẵng (0,7 triệu tấn, -0,4%).",
     None, None),
    ("a change is no share", "en",
     "Webb County (95.0 percent Hispanic, a 3.4 percent increase) and Zapata County (93.7 percent Hispanic, 2.9 percent increase).",
     None, None),
    ("each member's rate", "vi", "Có 41/48 trường có tỷ lệ học sinh lên lớp đạt 100%; 6/13 xã có tỷ lệ hộ nghèo dưới 2%.", None, None),
    ("each member's rate", "en", "In 7 of 12 districts, turnout exceeded 60%, and 3 of 12 had a poverty rate below 5%.", None, None),
    ("a subgroup's rate of an unstated base", "vi",
     "Toàn tỉnh có 6.400 thí sinh dự thi, 6.208 em đỗ, đạt 97%. Riêng khối chuyên có 452 em đỗ, đạt 99,8%.",
     ("đạt 97%", "đạt 95%"), ("P001", "95%", "ghi 95%, tính ra 97%")),
    ("dotted dates", "vi",
     "Sáng 21.8, Sở Nông nghiệp cho biết đến ngày 31.7 toàn tỉnh có 1.320 hộ nuôi tôm, tăng 120 hộ (tăng 10%).",
     ("(tăng 10%)", "(tăng 13%)"), ("C002", "13%", "ghi mức thay đổi 13%, tính ra 10,0%")),
    ("hedged total and parts", "vi", "Tổng đàn đạt hơn 7.340 con, trong đó trâu hơn 4.220 con, bò hơn 3.121 con.",
     ("đạt hơn 7.340 con, trong đó trâu hơn 4.220 con, bò hơn 3.121", "đạt 7.840 con, trong đó trâu 4.220 con, bò 3.120"),
     ("S001", "7.840", "ghi tổng 7.840, nhưng các phần cộng lại được 7.340")),
    ("a list that refers back", "vi",
     "Năm 2024, tỉnh thu hút 36 dự án với tổng vốn 4.500 tỷ đồng. Trong số này, có 21 dự án công nghiệp và 15 dự án dịch vụ.",
     ("có 21 dự án", "có 24 dự án"), ("S001", "36", "ghi tổng 36, nhưng các phần cộng lại được 39")),
    ("attributes, not a partition", "vi", "Đoàn đại biểu có 9 người, trong đó 4 nữ, 6 người dân tộc thiểu số.", None, None),
    ("a campaign goal", "vi", "Năm qua hội trao 310 suất học bổng, phấn đấu năm tới vận động ít nhất 25.000 suất học bổng.", None, None),
    ("a shared scale word", "en", "Shipments grew from 1.5 to 2.1 million tons, up 40%.",
     ("up 40%", "up 60%"), ("C002", "60%", "stated change 60%, computed 40.0%")),
    ("a season", "en", "He was named captain in the 2016-17 season and averaged 18 points.", None, None),
    ("a school year", "vi", "Năm học 2024-2025, trường có 1.240 học sinh, tăng 40 học sinh (tăng 3,33%).",
     ("(tăng 3,33%)", "(tăng 3,63%)"), ("C002", "3,63%", "ghi mức thay đổi 3,63%, tính ra 3,33%")),
    ("the base of a fall", "vi", "Năm nay tiếp nhận 57.000 hồ sơ, giảm 3.000 hồ sơ (5,00%).",
     ("(5,00%)", "(5,30%)"), ("C002", "5,30%", "ghi mức thay đổi 5,30%, tính ra 5,00%")),
    ("the sign of a fall", "vi", "Xảy ra 720 vụ, giảm 80 vụ (-10%).",
     ("(-10%)", "(-13%)"), ("C002", "-13%", "ghi mức thay đổi -13%, tính ra -10,0%")),
    ("an English paragraph in a Vietnamese report", "vi",
     "Báo cáo tổng kết năm 2024.\n\nIn 2024 the province welcomed 1,250,000 visitors, 8.5% more than in 2023, "
     "and revenue reached 4.2 trillion dong.\n\nNăm 2024, tỉnh đón 1.250.000 lượt khách, doanh thu đạt 4.200 tỷ đồng.",
     None, None),
    ("a lede restated", "vi",
     "Tập đoàn lãi gần 5.170 tỷ đồng lợi nhuận.\n\nTrong năm, lợi nhuận của tập đoàn đạt 5.168 tỷ đồng, vượt kế hoạch.",
     ("đạt 5.168", "đạt 5.710"), ("R001", "5.710", "ghi 5.710 ở đây, 5.170 ở dòng 1 cho cùng một số liệu")),
    ("a lede restated", "en",
     "The school district hired 1,465 teachers for the new term. The 1,465 teachers fill every school.",
     ("The 1,465", "The 1,456"), ("R001", "1,456", "stated 1,456 here, 1,465 at line 1 for the same quantity")),
    ("one noun, two periods", "vi", "Tháng 10, cảng đón 2.315 lượt tàu. Tháng 11, cảng đón 2.351 lượt tàu.", None, None),
    ("one noun, a subgroup", "en", "The state added 14,520 jobs. Of those, the capital region added 14,250 jobs.", None, None),
    ("a rate per 100 of two counted groups", "vi",
     "Lớp học có 21 học sinh nam và 24 học sinh nữ; đến cuối khóa còn 1.180 nam, 1.240 nữ, tức 95,2 nam/100 nữ.",
     ("95,2 nam", "92,5 nam"), ("P003", "92,5", "ghi 92,5 trên 100, tính từ các số đếm ra 95,2")),
    ("a ratio at birth beside the population", "en",
     "The province counts 2,040,300 men and 2,001,700 women; the sex ratio at birth is 111 boys per 100 girls.", None, None),
    ("a rate's change written with %", "vi",
     "Tỷ lệ lao động qua đào tạo đạt 68,0%, tăng 4,0% so với năm trước (64,0%).",
     ("tăng 4,0%", "tăng 7,0%"), ("C002", "7,0%", "ghi mức thay đổi 7,0%, tính ra 6,3%")),
    ("a rate's change said from last year's", "en",
     "The county's high-school completion rate was 88.0%, up 2.0 percentage points from the previous year's 86.0%.",
     ("up 2.0", "up 2.5"), ("C001", "2.5", "stated difference 2.5, computed 2.0 percentage points")),
    ("a rate above 100% beside counts", "vi",
     "Bệnh viện khám cho 84.500 lượt người, điều trị nội trú 9.200 lượt, công suất giường bệnh đạt 118%.", None, None),
    ("a figure that describes what its item names", "en",
     "Among the 40 counties, 31 reported gains in jobs, led by Harris with 18,000.",
     ("31 reported", "41 reported"), ("S002", "41", "the part 41 exceeds its whole 40")),
    ("a day range with a slash", "vi", "Hội nghị diễn ra trong 2 ngày (21-22/8); có 47 ủy viên dự, trong đó 9 ủy viên nữ.",
     ("9 ủy viên nữ", "59 ủy viên nữ"), ("S002", "59", "phần 59 lớn hơn tổng thể 47")),
    ("rows of different units", "vi",
     "| Chỉ tiêu | Đơn vị | Năm 2024 |\n|---|---|---|\n| Lúa | tấn | 1.240 |\n| Ngô | tấn | 1.315 |\n"
     "| Tổng sản lượng | tấn | 2.555 |\n| Tổng đàn lợn | con | 3.975 |\n",
     ("| 2.555", "| 2.655"), ("T001", "2.655", "ghi tổng 2.655, nhưng các phần cộng lại được 2.555")),
    ("rows of different units", "en",
     "| Item | 2023 | 2024 |\n|---|---|---|\n| Corn area (acres) | 1,200 | 1,150 |\n| Corn yield (bu/acre) | 48 | 51 |\n"
     "| Total output (bushels) | 57,600 | 58,650 |\n", None, None),
    ("a row breaking down the row above", "vi",
     "| Khoản thu | Thực hiện |\n|---|---|\n| Thu nội địa | 8.240 |\n| - Trong đó: thu từ đất | 2.150 |\n"
     "| Thu xuất nhập khẩu | 1.310 |\n| Thu khác | 95 |\n| Tổng cộng | 9.645 |\n",
     ("| 9.645", "| 9.745"), ("T001", "9.745", "ghi tổng 9.745, nhưng các phần cộng lại được 9.645")),
    ("the other column of a named row", "en",
     "| Level | 2022 | 2023 |\n|---|---|---|\n| Elementary | 12,480 | 12,215 |\n| Middle | 6,032 | 6,110 |\n"
     "| Total | 18,512 | 18,325 |\n\nTotal enrollment was 18,325 students, down 187 from 2022.",
     ("was 18,325", "was 18,515"), ("T004", "18,515", "the text says 18,515, the table says 18,512")),
    ("'made up' is no rise", "en",
     "Members numbered 4,210 last year, up from 3,980. Women made up 41.3% of the members, up from 39.8%.", None, None),
    ("an amount after a word that can name a room or a team", "vi",
     "Tổng chi ngân sách đạt 9.360 tỷ đồng; trong đó chi đầu tư 3.120 tỷ đồng, chi thường xuyên 6.050 tỷ đồng, chi dự phòng 190 tỷ đồng.",
     ("dự phòng 190", "dự phòng 290"), ("S001", "9.360", "ghi tổng 9.360, nhưng các phần cộng lại được 9.460")),
    ("parts whose own shares fall short of 100%", "en",
     "Shipments totaled $40.0 billion, of which steel accounted for $11.2 billion (28.0%) and timber $6.4 billion (16.0%).",
     ("(16.0%)", "(19.0%)"), ("P001", "19.0%", "stated 19.0%, computed 16.0%")),
    ("a change of another noun than the figure before it", "vi",
     "Năm nay trường tuyển 3.600 chỉ tiêu cho 41 ngành, tăng 240 chỉ tiêu so với năm trước (3.360 chỉ tiêu).", None, None),
    ("a span of days before a full date", "vi",
     "Hội nghị diễn ra trong 2 ngày (9-10/6/2025); có 51 ủy viên dự, trong đó 12 ủy viên nữ.",
     ("12 ủy viên nữ", "62 ủy viên nữ"), ("S002", "62", "phần 62 lớn hơn tổng thể 51")),
    ("a rate per unit beside a count", "vi",
     "Trường tuyển 525 học sinh cho 15 lớp chuyên (35 học sinh/lớp), trong đó 231 học sinh nữ.",
     ("231 học sinh", "631 học sinh"), ("S002", "631", "phần 631 lớn hơn tổng thể 525")),
    ("an age naming a group", "en",
     "The town has 48,200 residents. Residents 65 and older made up 19.4% of the population, and adults aged 25 to 34 another 12.1%.",
     None, None),
    ("'và' ends the reach of a change word", "vi",
     "Trong 11 nhóm hàng hóa chính, có 8 nhóm tăng giá, 2 nhóm giảm giá và 1 nhóm ổn định.",
     ("1 nhóm ổn", "3 nhóm ổn"), ("S001", "11", "ghi tổng 11, nhưng các phần cộng lại được 13")),
    ("a last item detailing the ones before", "vi",
     "Hiện có 2.105 ca đang điều trị, trong đó 1.986 ca điều trị tại nhà (94,35%), 119 ca tại cơ sở y tế, có 7 ca thở oxy.",
     ("(94,35%)", "(94,53%)"), ("P001", "94,53%", "ghi 94,53%, tính ra 94,35%")),
    ("a share naming another whole than its fraction", "vi",
     "Dự luật được thông qua với 450/458 đại biểu tán thành (chiếm 91,09% tổng số đại biểu Quốc hội).", None, None),
    ("a count after 'with' that its share follows", "en",
     "Of the 106,060 votes cast in all 212 precincts, Mayor Whitfield won with 61,408 votes, or 57.9%.",
     ("57.9%", "59.7%"), ("P001", "59.7%", "stated 59.7%, computed 57.9%")),
    ("a month's name and its day", "en", "In the week ending Sept. 7, cases fell 18% to 412 from 502.",
     ("18%", "13%"), ("C002", "13%", "stated change 13%, computed 17.9%")),
    ("a holiday's days written d/m", "vi",
     "Dịp nghỉ lễ 30/4 - 1/5/2025 (5 ngày, từ 30/4 đến 4/5), toàn tỉnh xảy ra 18 vụ tai nạn giao thông, giảm 6 vụ (25%) so với cùng kỳ.",
     ("(25%)", "(35%)"), ("C002", "35%", "ghi mức thay đổi 35%, tính ra 25,0%")),
    ("a list of names, not counts", "en",
     "She won 7 titles this season, including the Open and the Masters, the most by any player since Lee won 9 in 2009.", None, None),
    ("'including' names some of the parts", "en", "She won 7 titles this season, including 4 on clay and 2 on grass.",
     ("4 on clay", "8 on clay"), ("S002", "8", "the part 8 exceeds its whole 7")),
    ("a whole in parentheses right after its share", "vi",
     "Chiến dịch đã tiêm cho 18.640 trẻ từ 1 đến 5 tuổi, đạt 96,5% số đối tượng (19.316 trẻ), và 4.215 trẻ từ 6 đến 10 tuổi "
     "ở vùng nguy cơ cao, đạt 94,1% (4.479 trẻ).",
     ("94,1%", "91,4%"), ("P001", "91,4%", "ghi 91,4%, tính ra 94,1%")),
    ("the parts' share together, under 100%", "en",
     "Exports totaled $52.8 billion, of which $14.1 billion went to Canada and $9.6 billion to Mexico, together 44.9% of the total.",
     ("$9.6", "$96.0"), ("S002", "96.0", "the part 96.0 exceeds its whole 52.8")),
    ("a section number opening a heading", "vi",
     "II. KẾT QUẢ\n\n2.1. Công tác phát triển đảng viên\n\nKết nạp 186 đảng viên mới, đạt 103,3% kế hoạch (180 đảng viên).\n\n"
     "2.2 Công tác kiểm tra\n\nKiểm tra 12 tổ chức đảng.",
     ("103,3%", "130,3%"), ("C003", "130,3%", "ghi đạt 130,3% kế hoạch, tính ra 103,3%")),
    ("named totals of a statement's sections", "en",
     "| | 2023 | 2022 |\n|---|---|---|\n| Cash | 412 | 380 |\n| Receivables | 618 | 574 |\n| Inventory | 905 | 862 |\n"
     "| Total current assets | 1,935 | 1,816 |\n| Property and equipment | 1,475 | 1,310 |\n| Total assets | 3,410 | 3,126 |\n"
     "| Total liabilities | 1,898 | 1,738 |\n| Total equity | 1,512 | 1,388 |\n| Total liabilities and equity | 3,410 | 3,126 |\n",
     ("| 1,935 |", "| 1,953 |"), ("T001", "1,953", "stated total 1,953, the parts add up to 1,935")),
    ("a named total under lines that are not its parts", "en",
     "| | 2023 | 2022 |\n|---|---|---|\n| Revenue | 1,284 | 1,196 |\n| Cost of revenue | 742 | 701 |\n| Gross profit | 542 | 495 |\n"
     "| Operating income | 142 | 118 |\n| Total assets | 3,410 | 3,126 |\n", None, None),
    ("an accountant's negative in parentheses", "en",
     "| Segment | Operating income ($m) |\n|---|---|\n| Consumer | 184 |\n| Commercial | 96 |\n| Corporate and other | (52) |\n| Total | 228 |\n",
     ("| 228 |", "| 238 |"), ("T001", "238", "stated total 238, the parts add up to 228")),
    ("one item by an attribute, another by something else", "vi",
     "Toàn huyện có 12.400 lao động, trong đó 6.180 lao động nữ, 6.050 lao động trong ngành nông nghiệp.",
     ("6.180 lao động nữ", "16.180 lao động nữ"), ("S002", "16.180", "phần 16.180 lớn hơn tổng thể 12.400")),
    ("one item by an attribute, another by something else", "vi",
     "Năm 2024 có 2.350 hộ được vay vốn, trong đó 1.180 hộ nghèo, 1.150 hộ đồng bào dân tộc thiểu số.", None, None),
    ("a share of a qualified whole", "vi",
     "Năm học 2023-2024, trường có 1.240 học sinh. Trong kỳ thi học kỳ II, có 312 học sinh đạt điểm giỏi môn Toán, "
     "chiếm 26,4% số học sinh dự thi.", None, None),
    ("a share of a qualified whole", "vi",
     "Kỳ thi có 1.182 học sinh dự thi. Có 312 học sinh đạt điểm giỏi, chiếm 26,4% số học sinh dự thi.",
     ("26,4%", "24,6%"), ("P001", "24,6%", "ghi 24,6%, tính ra 26,4%")),
    ("numbers that name: 'số 1', a label's list", "vi",
     "Tại đơn vị bầu cử số 1 (gồm các phường 1, 2, 3), tổng số cử tri là 24.860 người, số cử tri đã tham gia bỏ phiếu là "
     "24.512 người, đạt 98,6%.",
     ("đạt 98,6%", "đạt 96,8%"), ("P001", "96,8%", "ghi 96,8%, tính ra 98,6%")),
    ("a turnout takes no whole from its siblings", "vi",
     "Toàn thành phố có 1.412.600 cử tri, tỷ lệ cử tri đi bầu đạt 99,12%; bầu đủ 45 đại biểu, trong đó 14 đại biểu nữ "
     "(31,11%), 6 đại biểu ngoài Đảng (13,33%).",
     ("(31,11%)", "(33,11%)"), ("P001", "33,11%", "ghi 33,11%, tính ra 31,11%")),
    ("a target level is a share of nothing", "vi",
     "Có 5/6 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa đạt (chỉ tiêu số 5, kế hoạch 73%).", None, None),
    ("a sibling part's share implies the whole", "en",
     "The district's general fund budget is $186.4 million.\n\nSpecial education costs $24.6 million, 13.2% of the general fund. "
     "Transportation takes $9.3 million (5.0%).",
     ("(5.0%)", "(9.0%)"), ("P001", "9.0%", "stated 9.0%, computed 37.8%")),
    ("a sibling part's share implies the whole", "vi",
     "Tổng chi thường xuyên là 1.422 tỷ đồng.\n\nChi lương 1.098 tỷ đồng, chiếm 77,2% chi thường xuyên; chi hoạt động chuyên môn "
     "246 tỷ đồng (17,3%).", None, None),
    ("a piece after ';' naming a larger whole", "vi",
     "Tổng sản lượng thủy sản của vùng đạt 1,2 triệu tấn, trong đó Cà Mau đạt 540.000 tấn, tăng 3,1%; Bạc Liêu đạt 410.000 tấn, "
     "tăng 2,4%; Kiên Giang đạt 250.000 tấn, giảm 1,2%; cả nước đạt 9,3 triệu tấn.",
     ("Bạc Liêu đạt 410.000", "Bạc Liêu đạt 1.410.000"), ("S002", "1.410.000", "phần 1.410.000 lớn hơn tổng thể 1.200.000")),
    ("a piece after ';' naming a larger whole", "en",
     "Regional output reached 8,400 tons, of which Dane County produced 3,100 tons, up 4%; Rock County produced 2,900 tons, "
     "down 1%; Green County produced 2,400 tons, up 2%; the state as a whole produced 61,000 tons.",
     ("2,900 tons", "2,500 tons"), ("S001", "8,400", "stated total 8,400, the parts add up to 8,000")),
    ("an example's own total or another year", "en",
     "The city spent $41.5 million on capital projects last year. Several projects ran over budget, such as the library "
     "renovation, whose total cost reached $58 million over four years, and the new fire station at $6.2 million.",
     ("$6.2 million", "$62 million"), ("S002", "62", "the part 62 exceeds its whole 41.5")),
    ("an example's own total or another year", "vi",
     "Năm 2024, tổng vốn đầu tư phát triển trên địa bàn đạt 18.450 tỷ đồng. Một số dự án đầu tư lớn đã khởi công, như: dự án "
     "đường ven biển với tổng mức đầu tư 21.500 tỷ đồng, dự án cấp nước sạch giải ngân 860 tỷ đồng.",
     ("giải ngân 860", "giải ngân 18.860"), ("S002", "18.860", "phần 18.860 lớn hơn tổng thể 18.450")),
    ("members of another year's or a plan's total", "vi",
     "Tổng thu ngân sách huyện năm 2024 đạt 640 tỷ đồng. Trong các nguồn thu năm 2025 dự kiến, thu tiền sử dụng đất lớn nhất "
     "với 720 tỷ đồng.", None, None),
    ("members of another year's or a plan's total", "vi",
     "Tổng thu ngân sách huyện năm 2024 đạt 640 tỷ đồng. Trong các nguồn thu, thu tiền sử dụng đất lớn nhất với 320 tỷ đồng.",
     ("với 320", "với 720"), ("S002", "720", "phần 720 lớn hơn tổng thể 640")),
    ("a leading whole's parts stop at a comparison", "en",
     "Among the 42 schools that reported, 30 schools met the standard, compared with 44 of 50 schools a year earlier.",
     ("30 schools", "48 schools"), ("S002", "48", "the part 48 exceeds its whole 42")),
    ("a leading whole's parts stop at another time's clause", "en",
     "Of the 120 applicants last year, 75 were admitted; this year, 136 applied and 85 were admitted.",
     ("75 were", "175 were"), ("S002", "175", "the part 175 exceeds its whole 120")),
    ("a weekday in a sentence naming another year than the dateline's", "vi",
     "Hà Nội, ngày 29 tháng 12 năm 2025\n\nHội nghị tổng kết họp vào thứ Sáu, ngày 2/1. Năm 2024, hội nghị tương tự được tổ chức "
     "vào thứ Năm, ngày 4/1.",
     ("thứ Sáu, ngày 2/1", "thứ Năm, ngày 2/1"), ("D002", "thứ Năm", "2/1 là Thứ Sáu, không phải thứ Năm")),
    ("a weekday in a sentence naming another year than the dateline's", "en",
     "Springfield, Dec. 30, 2025\n\nOffices will reopen on Friday, Jan. 2. Last year the offices reopened on Thursday, Jan. 2.",
     ("on Friday, Jan. 2", "on Monday, Jan. 2"), ("D002", "Monday", "Jan. 2 is a Friday, not a Monday")),
    ("a footnoted row or change column", "vi",
     "| Xã | Đầu năm | Cuối năm | Tăng/giảm |\n|---|---|---|---|\n| Tân An | 120 | 100 | -20 |\n| Tân Bình | 80 | 75 | -5 |\n"
     "| Tân Phú (1) | 60 | 70 | 12 |\n| Tân Hòa | 45 | 40 | -5 |\n\n(1) Tính cả 2 hộ chuyển đến sau ngày chốt số đầu năm.\n",
     ("| 40 | -5 |", "| 40 | -7 |"), ("C001", "-7", "ghi chênh lệch -7, tính ra -5")),
    ("a footnoted row or change column", "en",
     "| Office | Start | End | Change (*) |\n|---|---|---|---|\n| North | 120 | 100 | -20 |\n| South | 80 | 75 | -5 |\n"
     "| East | 60 | 70 | 12 |\n| West | 45 | 40 | -5 |\n\n(*) Includes transfers in.\n", None, None),
    ("a balance raised is net of what left it", "vi",
     "Năm 2024, phòng giao dịch giải ngân 120 tỷ đồng cho vay hộ cận nghèo, nâng tổng dư nợ chương trình lên 96 tỷ đồng.",
     None, None),
    ("an amount added and a total of different things", "en",
     "The state received an additional $75 million in federal aid last quarter and has received a total of $51 million "
     "in lottery revenue this year.", None, None),
    ("an amount added and a total of different things", "en",
     "The state received an additional $15 million in federal aid last quarter and has received a total of $51 million "
     "in federal aid this year.",
     ("$15 million", "$75 million"), ("S002", "75", "the part 75 exceeds its whole 51")),
    ("a whole named mid-sentence ends at the next one", "vi",
     "Huyện có 46 xã, trong 12 xã vùng cao, có 9 xã đạt chuẩn nông thôn mới, và trong 34 xã đồng bằng có 31 xã đạt chuẩn.",
     ("có 9 xã", "có 19 xã"), ("S002", "19", "phần 19 lớn hơn tổng thể 12")),
    ("a summing sentence's total of another kind", "vi",
     "Năm 2025, tỉnh công nhận mới 15 xã đạt chuẩn nông thôn mới nâng cao. Như vậy, đến nay toàn tỉnh có 12 xã đạt chuẩn "
     "nông thôn mới kiểu mẫu.", None, None),
    ("a summing sentence's total of another kind", "vi",
     "Năm 2025, tỉnh công nhận mới 15 xã đạt chuẩn nông thôn mới. Như vậy, đến nay toàn tỉnh có 112 xã đạt chuẩn nông thôn mới.",
     ("có 112 xã", "có 12 xã"), ("S002", "15", "phần 15 lớn hơn tổng thể 12")),
    ("an example's own whole after 'trên'", "vi",
     "Năm 2024 huyện có 1.200 hộ nghèo. Nhiều xã có tỷ lệ hộ nghèo cao, như: xã Tân Lập có 120 hộ nghèo trên 1.500 hộ dân, "
     "xã Tân Tiến có 95 hộ nghèo trên 1.320 hộ dân.",
     ("có 95 hộ", "có 1.295 hộ"), ("S002", "1.295", "phần 1.295 lớn hơn tổng thể 1.200")),
    ("'Bên cạnh đó' naming another source, no term across a comma", "vi",
     "Tổng vốn ngân sách đầu tư cho chương trình là 150 tỷ đồng, trong đó vốn tỉnh 120 tỷ đồng, vốn huyện 30 tỷ đồng. "
     "Bên cạnh đó, vốn huy động từ nhân dân đạt 200 tỷ đồng.", None, None),
    ("'Bên cạnh đó' naming another source, no term across a comma", "vi",
     "Tổng vốn đầu tư cho chương trình là 150 tỷ đồng, trong đó ngân sách tỉnh 100 tỷ đồng, ngân sách huyện 30 tỷ đồng. "
     "Bên cạnh đó, ngân sách xã 20 tỷ đồng.",
     ("ngân sách xã 20", "ngân sách xã 200"), ("S002", "200", "phần 200 lớn hơn tổng thể 150")),
    ("a pointed change's base is no figure of the clause after", "en",
     "Revenue reached $412 million in 2024. This is a 3% increase from 2023, when costs were $150 million.", None, None),
    ("a pointed change's base is no figure of the clause after", "en",
     "Revenue reached $412 million in 2024. This is a 3% increase from $400 million in 2023, when costs were $150 million.",
     ("a 3%", "a 8%"), ("C002", "8%", "stated change 8%, computed 3.0%")),
    ("a pointed change's base is no figure of the clause after", "vi",
     "Năm nay trường có 1.396 học sinh. Con số này tăng 2% so với năm học trước, khi trường có 48 lớp.", None, None),
    ("a pointed change's base word belongs to a later change", "en",
     "Ridership was 48,200 riders a day in May. This is a 5% increase over April, and 12% from May 2023, when 43,000 riders "
     "a day used the system.", None, None),
    ("'In addition' after a breakdown: the list was not all", "en",
     "Total revenue was $84.0 million, of which fees were $30.0 million and grants $44.0 million. In addition, other grants "
     "brought in $10.0 million.",
     ("$10.0 million", "$100.0 million"), ("S002", "100.0", "the part 100.0 exceeds its whole 84.0")),
    ("'In addition' naming another year's or a plan's figure", "en",
     "Total revenue was $84.0 million, of which fees were $30.0 million and grants $54.0 million. In addition, grants for "
     "next year are expected to reach $90.0 million.", None, None),
    ("a weekday's date said to be of another year after it", "en",
     "Boston, March 10, 2026\n\nThe board will meet on Monday, June 15 next year to review the plan. It last met on "
     "Sunday, March 1.",
     ("on Sunday, March 1", "on Monday, March 1"), ("D002", "Monday", "March 1 is a Sunday, not a Monday")),
    ("a weekday's date said to be of another year after it", "vi",
     "Hà Nội, ngày 10 tháng 3 năm 2026\n\nChủ nhật, ngày 15/6 năm ngoái, xã tổ chức ngày hội đại đoàn kết.", None, None),
    ("a total raised of a group by an attribute the amount added lacks", "vi",
     "Quý IV tuyển mới 120 lao động, nâng tổng số lao động nữ của công ty lên 95 người.", None, None),
    ("a total raised of a group by an attribute the amount added lacks", "vi",
     "Quý IV tuyển mới 120 lao động, nâng tổng số lao động của công ty lên 1.450 người.",
     ("lên 1.450", "lên 115"), ("S002", "120", "phần 120 lớn hơn tổng thể 115")),
    ("a total raised named as another noun", "en",
     "The club sold 1,200 memberships this spring, bringing the total number of member families to 950.", None, None),
    ("a total told by another act", "en",
     "An additional 1,400 acres burned overnight, and crews have contained a total of 900 acres along the eastern edge.",
     None, None),
    ("a total told by another act", "en",
     "The company repaid an additional $22 million in the quarter and has repaid a total of $46 million this year.",
     ("$46 million", "$16 million"), ("S002", "22", "the part 22 exceeds its whole 16")),
    ("vote shares of a whole a little over the counts' sum", "en",
     "Results in the 4th District (20 ballots were left blank in this race):\n\n| Candidate | Votes | Percent |\n|---|---|---|\n"
     "| Adams | 8,000 | 80.0% |\n| Baker | 700 | 7.0% |\n| Clark | 650 | 6.5% |\n| Davis | 630 | 6.3% |\n", None, None),
    ("vote shares of a whole a little over the counts' sum", "en",
     "Results:\n\n| Candidate | Votes | Percent |\n|---|---|---|\n"
     "| Adams | 8,000 | 80.2% |\n| Baker | 700 | 7.0% |\n| Clark | 650 | 6.5% |\n| Davis | 630 | 6.3% |\n",
     ("| 7.0% |", "| 9.0% |"), ("T002", "9.0%", "stated 9.0%, computed 7.0%")),
    ("a piece after ';' giving an average", "en",
     "Total output of the three counties reached 1.2 million tons, of which Adams produced 410,000 tons, up 2.1%; Brown "
     "produced 380,000 tons, down 0.8%; Clark produced 410,000 tons, up 1.5%; the national average was 2.3 million tons per state.",
     ("Brown produced 380,000", "Brown produced 480,000"), ("S001", "1.2", "stated total 1,200,000, the parts add up to 1,300,000")),
    ("an example's own size, after 'có'/'với' and a measure", "vi",
     "Kế hoạch vốn đầu tư công năm 2024 của huyện là 120 tỷ đồng. Các dự án đầu tư công lớn như đường trục trung tâm có vốn "
     "đầu tư 350 tỷ đồng, nhà văn hóa huyện 45 tỷ đồng đều được bố trí vốn.",
     ("huyện 45 tỷ", "huyện 145 tỷ"), ("S002", "145", "phần 145 lớn hơn tổng thể 120")),
    ("an example's own size, after 'có'/'với' and a measure", "vi",
     "Năm 2024, tỉnh thu hút 36 dự án với tổng vốn đăng ký 4.500 tỷ đồng. Nhiều dự án có quy mô lớn, như dự án khu công nghiệp "
     "Tân Phú với vốn đăng ký 5.200 tỷ đồng được điều chỉnh tăng vốn.", None, None),
    ("an example's level after a fall", "vi",
     "Dư nợ cho vay hộ nghèo đến cuối năm là 850 tỷ đồng. Một số chương trình có dư nợ giảm, như cho vay học sinh sinh viên "
     "còn 920 tỷ đồng.", None, None),
    ("a 'Như vậy' sentence telling one named batch", "vi",
     "Đợt 1 kết nạp 86 đảng viên. Đợt 2 kết nạp 74 đảng viên. Như vậy, đợt 3 chỉ kết nạp 40 đảng viên.", None, None),
    ("a 'Như vậy' sentence telling one named batch", "vi",
     "Đợt 1 kết nạp 86 đảng viên. Đợt 2 kết nạp 74 đảng viên. Như vậy, đến nay Đảng bộ có 1.240 đảng viên.",
     ("kết nạp 74", "kết nạp 1.274"), ("S002", "1.274", "phần 1.274 lớn hơn tổng thể 1.240")),
    ("a result written as a score", "vi",
     "Đội tuyển thắng 3-2 sau 5 hiệp (25-21, 22-25, 25-18, 23-25, 15-11); cả giải có 48 trận, trong đó 17 trận kết thúc "
     "với tỷ số 3-0.",
     ("trong đó 17", "trong đó 57"), ("S002", "57", "phần 57 lớn hơn tổng thể 48")),
    ("a result written as a score", "en",
     "In the doubles final, the top seeds won 6-4, 7-6 (8-6) in 94 minutes, winning 5 of their 7 finals this year.",
     ("5 of their 7", "9 of their 7"), ("S002", "9", "the part 9 exceeds its whole 7")),
    ("each share of its own plan in parentheses", "vi",
     "Thu ngân sách đạt 2.460 tỷ đồng, bằng 123,0% dự toán tỉnh giao (2.000 tỷ đồng), bằng 102,5% dự toán huyện giao "
     "(2.400 tỷ đồng).",
     ("102,5%", "105,2%"), ("C003", "105,2%", "ghi đạt 105,2% kế hoạch, tính ra 102,5%")),
    ("a match's minute or round names, not counts", "vi",
     "Sau vòng 12, đội đã ghi 21 bàn thắng, trong đó 14 bàn trên sân nhà; Văn Toàn ghi bàn ở phút 38 và 71, nâng tổng số "
     "bàn thắng của anh lên 9 bàn.",
     ("trong đó 14", "trong đó 24"), ("S002", "24", "phần 24 lớn hơn tổng thể 21")),
    ("an average's groups in parentheses", "vi",
     "Tuổi thọ trung bình của người dân đạt 74,2 tuổi (nam 71,5 tuổi, nữ 77,0 tuổi); dân số toàn tỉnh là 1.286.450 người "
     "(nam 637.920 người, nữ 648.530 người).",
     ("nữ 648.530", "nữ 684.530"), ("S001", "1.286.450", "ghi tổng 1.286.450, nhưng các phần cộng lại được 1.322.450")),
    ("an average's groups in parentheses", "en",
     "The median age rose to 38.4 years (men 37.1, women 39.8), and the county counted 5,240 centenarians (1,120 men and "
     "4,120 women).",
     ("4,120 women", "4,210 women"), ("S001", "5,240", "stated total 5,240, the parts add up to 5,330")),
    ("a total in parentheses after its parts", "vi",
     "Đoàn thành phố dẫn đầu với 86 huy chương vàng, 71 huy chương bạc và 64 huy chương đồng (tổng 221 huy chương).",
     ("tổng 221", "tổng 231"), ("S001", "231", "ghi tổng 231, nhưng các phần cộng lại được 221")),
    ("a count after a joined abbreviation", "vi",
     "Toàn huyện có 86 trường (mầm non 28 trường, tiểu học 31 trường, THCS 24 trường, liên cấp TH&THCS 3 trường).",
     ("THCS 3 trường", "THCS 5 trường"), ("S001", "86", "ghi tổng 86, nhưng các phần cộng lại được 88")),
    ("each share of its own fraction after it", "en",
     "The Hawks shot 48.8% from the field (41 of 84), and the Bulls 44.0% (40 of 91).",
     ("44.0%", "40.4%"), ("P001", "40.4%", "stated 40.4%, computed 44.0%")),
    ("each share of its own fraction after it", "vi",
     "Tỷ lệ giải quyết án hình sự đạt 98,1% (1.356/1.382 vụ), án dân sự đạt 90,2% (2.801/3.104 vụ).",
     ("90,2%", "92,0%"), ("P001", "92,0%", "ghi 92,0%, tính ra 90,2%")),
    ("'of' after a verb names no whole", "en",
     "The court received 14,286 new cases in 2024, down 3.1% from 14,743 in 2023, and disposed of 14,902 cases, for a "
     "clearance rate of 104.3%.",
     ("down 3.1%", "down 3.7%"), ("C002", "3.7%", "stated change 3.7%, computed 3.1%")),
    ("'of' after a verb names no whole", "en",
     "The court disposed of 14,902 cases in 2024, 9,640 of them civil cases, or 64.7%.",
     ("64.7%", "67.4%"), ("P001", "67.4%", "stated 67.4%, computed 64.7%")),
    ("a rate per day is no whole of a list", "en",
     "Emergency department visits reached 96,240, or 263 a day, of whom 18,105 (18.8%) were admitted.",
     ("(18.8%)", "(13.8%)"), ("P001", "13.8%", "stated 13.8%, computed 18.8%")),
    ("a rate per day is no whole of a list", "vi",
     "Khoa cấp cứu tiếp nhận 96.240 lượt, bình quân 263 lượt mỗi ngày, trong đó 18.105 lượt phải nhập viện.",
     ("18.105", "98.105"), ("S002", "98.105", "phần 98.105 lớn hơn tổng thể 96.240")),
    ("a parenthesis after 'than' gives the figure compared with", "en",
     "The installer is 48.6 MB, 3.1 MB smaller than in version 4.11.2 (51.7 MB), and the release fixes 37 bugs (12 crashes, "
     "9 hangs and 16 display bugs).",
     ("9 hangs", "7 hangs"), ("S001", "37", "stated total 37, the parts add up to 35")),
    ("items giving the levels before and after a change", "en",
     "Enrollment totaled 4,200 students: elementary 2,100, middle 1,200 and high school 900. Job gains were revised down by a "
     "combined 86,000: June to 118,000 from 179,000 and July to 89,000 from 114,000.",
     ("school 900", "school 800"), ("S001", "4,200", "stated total 4,200, the parts add up to 4,100")),
    ("items giving the levels before and after a change", "vi",
     "Toàn huyện có 420 hộ nghèo: xã Tân An 210 hộ, xã Tân Bình 120 hộ, xã Tân Phú 90 hộ. Số hộ nghèo của hai xã khác giảm tổng "
     "cộng 86 hộ: xã Tân Lập từ 179 hộ xuống 118 hộ, xã Tân Hòa từ 114 hộ xuống 89 hộ.",
     ("Tân Phú 90", "Tân Phú 80"), ("S001", "420", "ghi tổng 420, nhưng các phần cộng lại được 410")),
    ("a degree of the figure before it", "en",
     "The clinic discharged 12,480 inpatients in 2024, up 4.0% from 12,000 in 2023, and its 96 staffed beds were 77.5% "
     "occupied on average.",
     ("up 4.0%", "up 4.8%"), ("C002", "4.8%", "stated change 4.8%, computed 4.0%")),
    ("a difference restated as a rate against the base after it", "en",
     "General fund revenue totaled $8.41 billion, $212 million, or 2.6%, above the forecast of $8.20 billion. Of the $8.41 "
     "billion, sales tax brought in $2.27 billion, or 27.0%.",
     ("27.0%", "20.7%"), ("P001", "20.7%", "stated 20.7%, computed 27.0%")),
    ("a pair of counts restated as a pair of shares", "en",
     "Rosa Lim led Dave Ortiz 21,806 to 17,412, or 55.6% to 44.4%. In District 4, 20,000 votes were counted. Ana Ruiz "
     "received 12,400 votes, or 62.0%.",
     ("62.0%", "26.0%"), ("P001", "26.0%", "stated 26.0%, computed 62.0%")),
    ("a weekday after a word of time before a day and month", "vi",
     "Trong 4 ngày nghỉ lễ (từ thứ Bảy 30/8 đến thứ Ba 2/9), toàn tỉnh đón 86.400 lượt khách, trong đó 12.600 lượt khách "
     "quốc tế.",
     ("trong đó 12.600", "trong đó 92.600"), ("S002", "92.600", "phần 92.600 lớn hơn tổng thể 86.400")),
    ("'ít hơn N so với' is a difference, not a hedge", "vi",
     "Năm 2025 toàn tỉnh có 1.240 hộ nghèo, ít hơn 186 hộ so với năm 2024 (1.426 hộ), trong đó 812 hộ là đồng bào dân tộc "
     "thiểu số.",
     ("ít hơn 186", "ít hơn 168"), ("C001", "168", "ghi chênh lệch 168, tính ra 186")),
    ("a piece after ';' naming another count", "vi",
     "Năm 2025 toàn tỉnh có 1.240 hộ nghèo, trong đó 812 hộ là đồng bào dân tộc thiểu số; số hộ cận nghèo là 2.015 hộ.",
     ("trong đó 812", "trong đó 1.812"), ("S002", "1.812", "phần 1.812 lớn hơn tổng thể 1.240")),
    ("a piece after ';' naming another count", "vi",
     "Toàn xã có 1.000 hộ, trong đó: số hộ nghèo là 120 hộ; số hộ cận nghèo là 200 hộ; số hộ khá là 680 hộ.",
     ("là 680", "là 690"), ("S001", "1.000", "ghi tổng 1.000, nhưng các phần cộng lại được 1.010")),
    ("a piece after ';' naming another count", "vi",
     "Trong quý I, toàn huyện đã giải quyết 12.100 hồ sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có 11.979 hồ sơ; "
     "số hồ sơ quá hạn có 121 hồ sơ.",
     ("quá hạn có 121", "quá hạn có 221"), ("S001", "12.100", "ghi tổng 12.100, nhưng các phần cộng lại được 12.200")),
    ("the base of a change is no whole of a later share", "en",
     "The county jail held an average of 1,842 people a day in 2024, down 5.2% from 1,943 in 2023. Of those held, 1,392, "
     "or 75.6%, were awaiting trial.",
     ("down 5.2%", "down 2.5%"), ("C002", "2.5%", "stated change 2.5%, computed 5.2%")),
    ("the base of a change is no whole of a later share", "vi",
     "Năm 2024 số học sinh của trường giảm từ 1.943 em xuống 1.842 em. Trong số này, 1.392 em, chiếm 75,6%, là học sinh nội trú.",
     ("75,6%", "73,6%"), ("P001", "73,6%", "ghi 73,6%, tính ra 75,6%")),
    ("a parenthesis opening with the figure's change", "en",
     "- New cases this week: 1,214 (down 8.2% from 1,322)\n- Tests this week: 16,400 tests (12,100 PCR tests and 4,300 rapid "
     "tests)\n",
     ("4,300 rapid", "4,800 rapid"), ("S001", "16,400", "stated total 16,400, the parts add up to 16,900")),
    ("a rate per day is no later level of a total's change", "en",
     "The fire department responded to 48,612 calls in 2024, or about 133 a day, up 4.1% from 46,700 in 2023. Riders took "
     "14,200 trips a day in May, up 5.2% from 13,500 a day a year earlier.",
     ("up 5.2%", "up 2.5%"), ("C002", "2.5%", "stated change 2.5%, computed 5.2%")),
    ("a rate per day is no later level of a total's change", "vi",
     "Bệnh viện khám cho 96.240 lượt người, bình quân 263 lượt mỗi ngày, tăng 4,1% so với năm trước (92.450 lượt).", None, None),
    ("a rate per day is no later level of a total's change", "en",
     "The airport screened 1,842,600 passengers in December, or about 59,400 a day, up 7.8% from 1,709,200 a year earlier. "
     "The district served 4.12 million lunches, about 23,000 a day over 179 school days, up 3.5% from 3.98 million.",
     None, None),
    ("a rate per day is no later level of a total's change", "vi",
     "Sản lượng hàng hóa qua cảng đạt 126.400 nghìn tấn, bình quân khoảng 346 nghìn tấn mỗi ngày, tăng 6,9% so với năm 2024 "
     "(118.200 nghìn tấn).",
     None, None),
    ("leading words naming another count than the one before", "en",
     "The busiest day was Dec. 21, with 71,300 travelers. Of the month's passengers, 612,400 (33.2%) used the new checkpoint.",
     None, None),
    ("leading words naming another count than the one before", "en",
     "The airport screened 1,842,600 passengers in December. Of the month's passengers, 612,400 (33.2%) used the new checkpoint.",
     ("612,400", "2,612,400"), ("S002", "2,612,400", "the part 2,612,400 exceeds its whole 1,842,600")),
    ("leading words naming another count than the one before", "vi",
     "Toàn tỉnh có 1.240 học sinh dự thi. Trong số học sinh dự thi, 1.180 em đỗ tốt nghiệp.",
     ("1.180 em", "1.380 em"), ("S002", "1.380", "phần 1.380 lớn hơn tổng thể 1.240")),
    ("a pair of counts restated as a pair of shares", "en",
     "Members ratified the contract by a vote of 3,412 to 1,126, or 75.2% in favor. Of the 6,650 members, 4,538 voted, a "
     "turnout of 68.2%.",
     ("68.2%", "62.8%"), ("P001", "62.8%", "stated 62.8%, computed 68.2%")),
]
IDS = [f"{cls} ({lang})" for cls, lang, *_ in PROBES]


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


@pytest.mark.parametrize(("cls", "lang", "text", "alteration", "finding"), PROBES, ids=IDS)
def test_the_consistent_text_gives_no_finding(cls, lang, text, alteration, finding):
    assert findings(text, lang) == []


@pytest.mark.parametrize(("cls", "lang", "text", "alteration", "finding"), [p for p in PROBES if p[3]], ids=[i for i, p in zip(IDS, PROBES) if p[3]])
def test_one_altered_figure_gives_one_finding_on_it(cls, lang, text, alteration, finding):
    altered = text.replace(*alteration)
    assert altered != text
    assert findings(altered, lang) == [finding]
