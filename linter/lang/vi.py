"""The Vietnamese language pack: data only, one `Lexicon`."""
from __future__ import annotations

from decimal import Decimal

from linter.core.model import Hedge
from linter.lang.lexicon import Lexicon

VI = Lexicon(
    lang="vi",
    decimal_mark=",",
    group_mark=".",
    scales={"nghìn": Decimal(10) ** 3, "ngàn": Decimal(10) ** 3, "triệu": Decimal(10) ** 6, "tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9},
    hedges_before={
        "hơn": Hedge.MORE_THAN, "trên": Hedge.MORE_THAN, "ngoài": Hedge.MORE_THAN,
        "ít nhất": Hedge.AT_LEAST, "tối thiểu": Hedge.AT_LEAST, "không dưới": Hedge.AT_LEAST,
        "dưới": Hedge.LESS_THAN, "chưa đến": Hedge.LESS_THAN, "chưa tới": Hedge.LESS_THAN, "không quá": Hedge.AT_MOST,
        "tối đa": Hedge.AT_MOST, "gần": Hedge.NEARLY, "gần như": Hedge.NEARLY, "suýt": Hedge.NEARLY,
        "khoảng": Hedge.ABOUT, "xấp xỉ": Hedge.ABOUT, "ước": Hedge.ABOUT, "ước tính": Hedge.ABOUT,
        "ước đạt": Hedge.ABOUT, "trên dưới": Hedge.ABOUT, "chừng": Hedge.ABOUT, "độ": Hedge.ABOUT, "hàng": Hedge.ABOUT,
    },
    hedges_after={"trở lên": Hedge.AT_LEAST, "trở xuống": Hedge.AT_MOST, "có lẻ": Hedge.MORE_THAN, "hơn": Hedge.MORE_THAN},
    percent_words=("phần trăm",),
    share_markers=("chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm", "đạt tỷ lệ", "đạt tỉ lệ", "tỷ lệ", "tỉ lệ", "bằng", "đạt", "là", "tương đương", "tức", "tương ứng"),
    whole_markers=("trong tổng số", "trên tổng số", "trong số", "so với tổng số", "trên", "của tổng số"),
    list_openers=("trong đó có", "trong đó", "trong số đó", "bao gồm", "gồm có", "gồm", "cụ thể là", "cụ thể", "chia ra", "phân ra", "chia theo"),
    exhaustive_openers=("bao gồm", "gồm có", "gồm", "chia ra", "phân ra"),
    total_words=("tổng số", "tổng cộng", "tổng", "cộng", "toàn tỉnh", "toàn huyện", "toàn xã", "cả nước", "toàn quốc", "toàn thành phố", "tất cả", "lũy kế"),
    change_words=(
        "tăng", "giảm", "tăng thêm", "giảm đi", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "vượt", "hụt", "so với",
        "tăng trưởng", "giảm sút", "chênh lệch",
    ),
    target_words=("kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "nghị quyết", "định mức"),
    not_changes=("so với",),
    other_time=("năm trước", "năm ngoái", "cùng kỳ", "kỳ trước", "tháng trước", "quý trước", "năm học trước", "so với", "trước đó",
                "chưa tính", "chưa kể", "không kể", "không tính", "tính cả", "nếu tính", "quy đổi", "tương đương", "sau thuế", "trước thuế"),
    attribute_markers=("với", "/", "mỗi", "bình quân", "trung bình"),
    person_nouns=(
        "người", "đảng viên", "đồng chí", "cử tri", "học sinh", "sinh viên", "giáo viên", "cán bộ", "công chức",
        "viên chức", "lao động", "công nhân", "nông dân", "quần chúng", "thí sinh", "bệnh nhân", "ca", "trẻ",
        "cháu", "em", "đoàn viên", "hội viên", "đại biểu", "nhân khẩu", "ĐV",
    ),
    compounds=(
        "đảng viên", "đồng chí", "cử tri", "học sinh", "sinh viên", "giáo viên", "cán bộ", "công chức", "viên chức",
        "lao động", "công nhân", "nông dân", "quần chúng", "thí sinh", "bệnh nhân", "đoàn viên", "hội viên", "đại biểu",
        "nhân khẩu", "hồ sơ", "tổ chức cơ sở đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "thị trấn", "tổ dân phố",
        "trường hợp", "doanh nghiệp", "vụ việc", "dự án", "công trình", "đơn vị", "khu vực", "cơ sở", "hợp tác xã",
        "thủ tục", "văn bản", "tiêu chí", "gia đình", "hộ gia đình", "xã phường", "phường xã", "huyện thị",
        "tổ chức", "cơ quan", "thôn bản", "lượt người", "đội tuyển", "bộ môn", "giải thưởng",
    ),
    stop_nouns=(
        "năm", "tháng", "ngày", "giờ", "phút", "quý", "lần", "tuổi", "bậc", "mức", "kỳ", "khóa", "khoá", "nhiệm kỳ",
        "điểm", "lớp", "và", "là", "của", "trong", "so", "với", "thì", "đến", "từ", "tại", "có", "được", "đã",
        "đạt", "chiếm", "tăng", "giảm", "trên", "dưới", "hơn", "gần", "khoảng", "trở", "còn", "mới", "cũ", "thứ",
    ),
    year_words=("năm", "niên độ", "niên khóa", "nhiệm kỳ", "giai đoạn", "khóa", "quý", "tháng", "ngày", "từ năm", "đến năm", "cuối năm", "đầu năm"),
    attributes={
        "gender": ("nữ", "nam", "phụ nữ", "nam giới", "nữ giới"),
        "ethnicity": ("dân tộc thiểu số", "dân tộc kinh", "người kinh", "đồng bào"),
        "youth": ("đoàn viên", "thanh niên", "tuổi trẻ"),
        "party": ("đảng viên",),
        "schooling": ("đại học", "cao đẳng", "trung cấp", "thạc sĩ", "thạc sỹ", "tiến sĩ"),
        "work": ("nông dân", "công nhân", "cán bộ", "công chức", "viên chức", "lực lượng vũ trang", "học sinh", "sinh viên"),
    },
    id_words=("số", "quyết định", "chỉ thị", "nghị quyết", "quy định", "thông tư", "nghị định", "công văn", "kế hoạch số", "điều", "khoản", "mã"),
    turnout=(
        tuple(f"{rate} cử tri {act}" for rate in ("tỷ lệ", "tỉ lệ") for act in (
            "đi bầu", "đi bầu cử", "đi bỏ phiếu", "tham gia bầu cử", "tham gia bỏ phiếu", "đã bỏ phiếu", "đã đi bỏ phiếu",
            "đã tham gia bỏ phiếu")),
        tuple(f"{lead}cử tri {act}" for lead in ("tổng số ", "số ", "") for act in (
            "đi bầu", "đi bầu cử", "đi bỏ phiếu", "tham gia bầu cử", "tham gia bỏ phiếu", "đã bỏ phiếu", "đã đi bỏ phiếu",
            "đã tham gia bỏ phiếu")),
        ("tổng số cử tri", "tổng số cử tri trong danh sách", "tổng số cử tri trong khu vực bỏ phiếu", "cử tri trong danh sách",
         "cử tri có tên trong danh sách", "cử tri trong khu vực bỏ phiếu"),
    ),
    day_words=("ngày", "hôm", "sáng", "chiều", "trưa", "tối", "đêm", "khuya", "rạng sáng", "sáng sớm", "chiều tối",
               "tối muộn", "nửa đêm", "mùng", "mồng", "lễ", "dịp"),
    weekdays={
        "thứ hai": 0, "thứ 2": 0, "thứ ba": 1, "thứ 3": 1, "thứ tư": 2, "thứ 4": 2, "thứ năm": 3, "thứ 5": 3,
        "thứ sáu": 4, "thứ 6": 4, "thứ bảy": 5, "thứ bẩy": 5, "thứ 7": 5, "chủ nhật": 6, "chủ nhựt": 6,
    },
    day_deictics=("nay", "qua", "mai", "kia", "hôm nay", "hôm qua", "hôm sau", "hôm trước"),
    per_day=("mỗi", "một", "vài", "mấy", "hàng", "mọi", "từng", "bình quân", "trung bình", "nửa"),
    day_links=("đến", "tới", "và", "hoặc", "cho đến"),
    day_prepositions=("từ", "kể từ", "đến", "tới", "trước", "sau", "cho đến", "đến hết", "hết", "vào"),
    season_words=("năm học", "niên khóa", "niên khoá", "niên vụ", "mùa giải", "mùa vụ", "vụ mùa", "năm tài chính",
                  "tài khóa", "tài khoá", "niên độ", "mùa"),
    function_words=("và", "của", "các", "những", "được", "là", "có", "trong", "với", "cho", "đã", "này", "không",
                    "một", "theo", "từ", "đến", "tại", "để", "khi", "cũng", "về", "sẽ", "như", "người", "đang",
                    "nhiều", "nhưng", "trên", "sau", "thì", "đó", "việc", "vào", "còn", "ra", "bị", "nhằm"),
    change_after=("tăng", "giảm", "tăng thêm", "giảm đi", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "tăng trưởng"),
    change_qualifiers=("bình quân",),
    weekday_names=("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    day_first=True,
    syllabic=True,
    letters="ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
)
