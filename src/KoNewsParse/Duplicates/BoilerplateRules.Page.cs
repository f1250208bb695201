using System.Buffers;

namespace KoNewsParse.Duplicates;

/// <summary>
/// Page-furniture shapes beyond the core rules: section labels, media-player and font controls, broadcast name supers,
/// outlet names, attachments, reader requests, contributor and English bylines, reading times, labelled tags and the
/// author's biography line at the end of a column.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>
    /// Section names of news sites (a closed class): a short line made of them, joined by <c>|</c>, <c>·</c> or <c>/</c>, is
    /// a section label ("유통·소비", "산업 · 전자/반도체", "뉴스홈 | IT·과학 | 스타트업").
    /// </summary>
    private static readonly PhraseSet SectionWords = new(
    [
        "홈", "뉴스홈", "전체기사", "전체", "종합", "일반", "경제", "금융", "증권", "마켓", "주식", "채권", "외환", "투자", "재테크",
        "은행", "보험", "카드", "가상자산", "코인", "산업", "기업", "재계", "경영", "전자", "반도체", "디스플레이", "자동차", "모빌리티",
        "조선", "해운", "항공", "철강", "화학", "에너지", "중공업", "건설", "부동산", "분양", "유통", "소비", "식품", "패션", "뷰티",
        "생활", "라이프", "건강", "헬스", "바이오", "제약", "의료", "IT", "ICT", "과학", "테크", "통신", "방송", "인터넷", "게임",
        "모바일", "스타트업", "벤처", "정치", "사회", "국제", "세계", "글로벌", "문화", "스포츠", "연예", "오피니언", "사설", "칼럼",
        "정책", "노동", "교육", "지역", "전국", "환경", "ESG", "피플", "인물", "물류", "농업", "중기", "중소기업", "공기업", "공시",
        "PREMIUM", "Premium", "프리미엄", "Economy", "Finance", "Markets", "Business", "Tech", "Industry", "Opinion",

        // Menu items of the same bars ("홈 | 전체기사 | … | 영문", "뉴스 | 다시보기 | 편성표 | 라이브").
        "전체메뉴", "메뉴", "로그인", "회원가입", "다시보기", "편성표", "라이브", "랭킹", "언론사별", "쇼츠", "포토", "영상", "영문",
        "기고", "시론", "만평", "시황", "데이터", "펀드", "ETF", "리서치센터", "기업분석", "산업분석", "투자전략", "인터뷰", "뉴스",
        "주요", "이용약관", "개인정보처리방침", "지역경제", "경제정책", "생활/문화", "IT/과학", "HOME", "Home", "세미나", "리서치",
        "신문보기", "기사목록", "사설·칼럼", "사람", "포럼", "이벤트", "AI", "콘퍼런스", "컨퍼런스", "종목분석", "해외주식", "시장분석",
        "특징주", "커버스토리", "커버 스토리", "기획", "검색", "크립토", "블록체인", "회사소개", "시청자센터", "광고문의",
        "제휴문의", "고객센터", "기사제보", "인사", "동정", "부고", "날씨", "구독", "재건축", "뉴스데스크", "인사이트",
        "프로그램", "다시듣기", "보이는 라디오", "청취자 게시판", "게시판", "연재", "팩트체크", "알림마당", "보도설명",
        "공지사항", "2차전지", "배터리", "IT·게임",
        "Policy", "Politics", "World", "Companies", "Stocks",
    ]);

    /// <summary>Items found only in menus (not in subheadings): with one of them, two or three known words make a menu.</summary>
    private static readonly string[] MenuOnlyWords = ["HOME", "Home", "홈", "뉴스홈", "전체기사", "기사목록", "신문보기", "랭킹", "다시보기", "편성표", "전체메뉴"];

    /// <summary>Words of an outlet's footer: registration, publisher and policy lines ("등록번호 … | 발행·편집인 …").</summary>
    private static readonly PhraseSet FooterWords = new(
    [
        "등록번호", "사업자등록번호", "발행인", "편집인", "발행·편집인", "청소년보호책임자", "개인정보처리방침", "개인정보 처리방침",
        "개인정보보호책임자", "이용약관", "대표전화", "팩스", "대표이사", "고객센터", "인터넷신문 등록", "인터넷신문등록", "통신판매업", "등록일", "제호", "Address:", "Publisher", "Registration No",
        "Editor:", "Privacy Policy", "Terms of Use", "Terms of Service",
    ]);

    /// <summary>Job titles of a press contact named alone on a line ("윤세아 대리").</summary>
    private static readonly string[] ContactTitles = ["대리", "과장", "차장", "부장", "매니저", "주임", "사원", "책임", "선임", "담당"];

    /// <summary>English roles before or after a name on a research or news page ("Research Assistant 노하린").</summary>
    private static readonly string[] EnglishRoles = ["Research Assistant", "Analyst", "Reporter", "Editor", "Correspondent", "RA"];

    /// <summary>Phrases of an investment disclaimer ("모든 투자 판단의 책임은 본인에게 있습니다").</summary>
    private static readonly string[] DisclaimerMarkers =
    [
        "투자 판단의 책임", "투자판단의 책임", "투자 자문이 아닌", "투자 권유", "투자권유", "투자를 권유", "투자 결과에 대한", "법적 책임",
        "투자 참고용", "투자에 대한 최종 결정", "설명서 및 약관", "반드시 읽어보시기", "투자 판단과 책임", "손실이 발생할 수 있습니다",
        "보증하지 않", "책임지지 않", "책임은 당사자",
    ];

    /// <summary>Endings of outlet names ("새빛경제", "매일테크뉴스", "한결일보").</summary>
    private static readonly string[] OutletSuffixes =
    [
        "경제", "뉴스", "일보", "신문", "타임스", "타임즈", "저널", "투데이", "비즈", "데일리", "미디어", "방송", "닷컴", "포스트",
        "헤럴드", "위클리", "매거진", "인사이트", "통신", "플러스", "머니", "TV", "포커스", "와이어", "프레스", "파이낸스", "리포트",
        "신보",
    ];

    /// <summary>File types of attachments listed on press-release and report pages.</summary>
    private static readonly string[] AttachmentTypes =
    [
        "hwp", "hwpx", "pdf", "jpg", "jpeg", "png", "gif", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "mp4",
    ];

    /// <summary>What a request to the reader asks for ("동료에게 추천해 주세요", "수신거부를 눌러주세요").</summary>
    private static readonly string[] ReaderActions =
    [
        "추천해", "전달해", "공유해", "눌러", "클릭해", "구독해", "답장", "회신", "피드백", "수신거부", "수신 거부", "알려 주", "알려주",
        "추천하고", "추천하기", "링크 복사", "남겨 주", "남겨주", "입력해", "입력하", "공유하세요",
    ];

    /// <summary>Titles of contributors named on a column's byline ("배준혁 | 미래자산연구소 수석연구원") and of speakers on a broadcast super.</summary>
    private static readonly string[] ContributorTitles =
    [
        "연구원", "연구위원", "교수", "대표", "이코노미스트", "애널리스트", "변호사", "회계사", "세무사", "칼럼니스트", "위원", "소장",
        "센터장", "박사", "고문", "원장", "전문위원", "작가", "평론가", "기자", "본부장", "부행장", "행장", "사장", "회장", "상무", "전무",
        "이사", "팀장", "실장", "국장", "의원", "장관", "총재", "위원장", "관계자", "씨", "시민", "주민", "CEO", "CFO",
    ];

    /// <summary>Words of a biography: a career, not the news ("…에서 15년간 …를 담당했으며", "…를 역임했다").</summary>
    private static readonly string[] CareerMarkers =
    [
        "역임", "거쳐", "졸업", "재직", "근무했", "담당했", "활동하고 있", "연구하고 있", "맡고 있", "저서", "출신", "지냈",
    ];

    /// <summary>Quotation marks: a line that has one quotes someone (a headline or reported speech), not page furniture.</summary>
    private static readonly SearchValues<char> Quotes = SearchValues.Create("\"“”'‘’");

    /// <summary>Digits and the separators of a figure ("1,234.5"), for span searches that run on every line.</summary>
    private static readonly SearchValues<char> FigureChars = SearchValues.Create("0123456789,.");

    /// <summary>Labels before a line of hashtags ("태그 #ETF #연금").</summary>
    private static readonly string[] TagLabels = ["태그", "키워드", "해시태그", "관련태그", "관련 태그", "Tags", "TAGS", "Tag", "Topics", "Topic"];

    /// <summary>
    /// A section label: two to four segments between <c>|</c>, <c>·</c>, <c>/</c> or <c>&gt;</c>, each a
    /// <see cref="SectionWords"/> word, except at most one short brand word ("머니포커스 | 부동산", "PREMIUM | 금융").
    /// </summary>
    private static bool IsSectionLabel(ReadOnlySpan<char> s)
    {
        if (s.Length > 32 || s.IndexOfAny("|·/>›") < 0 || EndsLikeSentence(s))
        {
            return false;
        }

        int segments = 0, sections = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            // A figure is never a section, unless it is part of a known one ("산업분석 > 2차전지").
            ReadOnlySpan<char> segment = NextSegment(s, ref pos, "|·/>›", anyChar: true).Trim();
            if (segment.IsEmpty || segment.Length > 10 || segment.Contains(' ') || (segment.ContainsAnyInRange('0', '9') && !SectionWords.Contains(segment)))
            {
                return false;
            }

            segments++;
            sections += SectionWords.Contains(segment) || IsOutletName(segment) ? 1 : 0;
        }

        return segments is >= 2 and <= 4 && sections >= 1 && sections >= segments - 1;
    }

    /// <summary>
    /// A menu bar: three or more short items between bars (or spaced dots) with no sentence and no figures, of which some
    /// are section or menu words, or five or more items ("홈 | 전체기사 | 경제 | 산업 | IT | 국제 | 영문",
    /// "한결투자증권 | 리서치센터 | 기업분석 | 산업분석").
    /// </summary>
    private static bool IsMenuBar(ReadOnlySpan<char> s)
    {
        // "기업 | 투자의견 | 목표주가(원) | 현재주가(원)": a table's header row names units, a menu does not.
        if (s.Length > 140 || s.IndexOf('|') < 0 || s.ContainsAnyInRange('0', '9') || EndsLikeSentence(s) || s.Contains("(원)", StringComparison.Ordinal)
            || s.Contains("(%)", StringComparison.Ordinal) || s.Contains("(억원)", StringComparison.Ordinal))
        {
            return false;
        }

        int items = 0, known = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> bar = NextSegment(s, ref pos, "|", anyChar: true).Trim();
            for (int inner = 0; inner <= bar.Length;)
            {
                ReadOnlySpan<char> item = NextSegment(bar, ref inner, " · ", anyChar: false).Trim();
                if (item.IsEmpty)
                {
                    continue;
                }

                // Items are short; the first may be a longer brand ("PRESSLINK KOREA 보도자료 배포 서비스").
                bool brand = items == 0;
                if (item.Length > (brand ? 30 : 16) || item.Count(' ') > (brand ? 4 : 2))
                {
                    return false;
                }

                items++;
                known += SectionWords.Contains(item) || IsOutletName(item) || IsOutletName(LastWord(item)) ? 1 : 0;
            }
        }

        return items >= 5 || (items >= 3 && known >= 1) || (items == 2 && known == 2);
    }

    /// <summary>
    /// A menu of words separated by spaces: four or more section or menu words, or two or three with a menu-only word
    /// ("증권 금융 부동산 산업 국제 오피니언", "경제 기사목록"); also a bracketed section before section words ("[산업] 조선·중공업").
    /// </summary>
    private static bool IsSpacedMenu(ReadOnlySpan<char> s)
    {
        if (s.Length > 100 || s.ContainsAnyInRange('0', '9') || EndsLikeSentence(s))
        {
            return false;
        }

        ReadOnlySpan<char> t = s;
        bool bracketed = false;
        if (t[0] == '[' && t.IndexOf(']') is int close and > 1 && SectionWords.Contains(t[1..close]))
        {
            t = t[(close + 1)..].Trim();
            bracketed = true;
        }

        // A long menu may carry one item the list does not know ("… 재건축 칼럼", "… NTV 뉴스데스크"): one in six.
        int words = 0, menuOnly = 0, unknown = 0;
        bool lastCatchAll = false;
        for (int pos = 0; pos <= t.Length;)
        {
            ReadOnlySpan<char> word = NextSegment(t, ref pos, " ·/", anyChar: true);
            if (word.IsEmpty)
            {
                continue;
            }

            if (!SectionWords.Contains(word))
            {
                if (++unknown > 2 || word.Length > 6)
                {
                    return false;
                }

                continue;
            }

            words++;
            menuOnly += IsOneOf(word, MenuOnlyWords) ? 1 : 0;
            lastCatchAll = word.SequenceEqual("일반") || word.SequenceEqual("종합");
        }

        // "경제 일반", "산업 종합": a section and its catch-all page.
        bool catchAll = words == 2 && lastCatchAll;
        if (unknown > 0)
        {
            return words >= 5 * unknown;
        }

        return words >= 4 || (words >= 2 && menuOnly >= 1) || (bracketed && words >= 1) || catchAll || IsSectionPair(t);
    }

    /// <summary>Navigation words a masthead stands above ("로그인", "전체메뉴").</summary>
    private static readonly string[] MastheadNeighbours = ["로그인", "회원가입", "검색", "메뉴", "전체메뉴", "구독", "구독하기", "Search", "Menu", "Login"];

    /// <summary>
    /// The outlet's name at the top of a page, before its navigation: a short name of letters and digits (two to fourteen
    /// characters, at most one space: "테크브리프", "누리 뉴스") whose next line is a section label, a menu or a navigation word.
    /// </summary>
    /// <param name="s">The page's first line, trimmed.</param>
    /// <param name="next">The line after it, trimmed.</param>
    internal static bool IsMasthead(ReadOnlySpan<char> s, ReadOnlySpan<char> next)
    {
        if (s.Length is < 2 or > 14 || s.Count(' ') > 1 || s[0] == ' ' || s[^1] == ' ')
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(IsHangul(c) || char.IsAsciiLetterOrDigit(c) || c == ' '))
            {
                return false;
            }
        }

        // Two words: a brand and an outlet or section word ("누리 뉴스", "머니스퀘어 증권"), not a short headline ("반도체 호황").
        int space = s.IndexOf(' ');
        if (space > 0 && !IsOneOf(s[(space + 1)..], OutletSuffixes) && !SectionWords.Contains(s[(space + 1)..]))
        {
            return false;
        }

        return !EndsLikeSentence(s) && !next.IsEmpty
            && (IsSectionLabel(next) || IsMenuBar(next) || IsSpacedMenu(next) || IsLoneLabel(next) || IsOneOf(next, MastheadNeighbours)
                || StartsWithNavigationWord(next));
    }

    /// <summary>"로그인 회원가입 모바일웹", "구독 | 로그인": a line that starts with a navigation word and a separator.</summary>
    private static bool StartsWithNavigationWord(ReadOnlySpan<char> s)
    {
        foreach (string word in MastheadNeighbours)
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.Ordinal) && s[word.Length] is ' ' or '|' or '·' && !EndsLikeSentence(s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Top-level sections: two of them, spaced, are a breadcrumb ("경제 부동산"), not a phrase of the story.</summary>
    private static readonly string[] TopSections =
    [
        "경제", "산업", "금융", "증권", "부동산", "정치", "사회", "국제", "유통", "IT", "기업", "재계", "문화", "생활", "스포츠",
        "오피니언", "마켓", "테크", "글로벌", "국제경제", "바이오", "경제정책",
    ];

    private static bool IsSectionPair(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        return space > 0 && IsOneOf(s[..space], TopSections) && IsOneOf(s[(space + 1)..], TopSections);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
    {
        int space = s.LastIndexOf(' ');
        return space < 0 ? s : s[(space + 1)..];
    }

    /// <summary>
    /// A lone label: one section word ("산업"), a capitalized English label ("FINTECH", "COVER STORY") or one bracketed word
    /// ("[경제시평]"), alone on its line.
    /// </summary>
    private static bool IsLoneLabel(ReadOnlySpan<char> s)
    {
        if (s.Length > 20 || s.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (SectionWords.Contains(s) && (IsAllHangul(s) || (char.IsAsciiLetterUpper(s[0]) && !s.ContainsAnyExcept(AsciiLetters))))
        {
            return true;
        }

        // "경제일반", "산업종합": a section and its catch-all page in one word.
        if (s.Length is >= 4 and <= 8 && (s.EndsWith("일반", StringComparison.Ordinal) || s.EndsWith("종합", StringComparison.Ordinal))
            && SectionWords.Contains(s[..^2]))
        {
            return true;
        }

        if (s.Length >= 3 && !s.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ &") && s.Count(' ') <= 2)
        {
            return true;
        }

        // "[관련기사]" heads a list: it is left to the related-articles rule.
        return s.Length >= 4 && s[0] is '[' or '【' && s[^1] is ']' or '】' && s[1..^1].Length is >= 2 and <= 8 && IsAllHangul(s[1..^1])
            && !StartsWithHeader(s[1..^1]);
    }

    /// <summary>A broadcaster's sign-off: "한누리방송 뉴스 박도윤입니다." (a news or broadcast word, then a name and 입니다).</summary>
    private static bool IsSignOff(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" .".AsSpan());
        if (s.Length > 30 || !t.EndsWith("입니다", StringComparison.Ordinal)
            || !ContainsAny(s, BroadcastWords))
        {
            return false;
        }

        ReadOnlySpan<char> name = LastWord(t[..^3]);
        return name.Length is >= 2 and <= 4 && IsAllHangul(name) && t[..^3].Count(' ') <= 3;
    }

    /// <summary>
    /// A date bar with the weather or a programme: "2025년 04월 22일 (화)  맑음 18℃", "2024.11.14 (목) 21:17 KNB 뉴스9" (a
    /// timestamp, then a short tail with a temperature or a broadcast word).
    /// </summary>
    private static bool IsDateWithWeather(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || !char.IsAsciiDigit(s[0]) || EndsLikeSentence(s))
        {
            return false;
        }

        if (s.IndexOfAny('℃', '°') > 0 && s.Contains('년') && s.Contains('월') && IsMetadata(DateBefore(s)))
        {
            return true;
        }

        int end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '.' or '-' or ':' or '/' or ' ' or '(' or ')'
            or '년' or '월' or '일' or '화' or '수' or '목' or '금' or '토' or '오' or '전' or '후'))
        {
            end++;
        }

        ReadOnlySpan<char> tail = s[end..];
        return end > 0 && tail.Length is > 0 and <= 16 && IsMetadata(s[..end].Trim())
            && (ContainsAny(tail, BroadcastWords) || tail.Contains("라디오", StringComparison.Ordinal));
    }

    /// <summary>A correction notice: "[정정] …", "[바로잡습니다] …", or a line in which the outlet corrects itself (바로잡습니다).</summary>
    private static bool IsCorrection(ReadOnlySpan<char> s) =>
        s.Length <= 250 && (s.StartsWith("[정정]", StringComparison.Ordinal) || s.StartsWith("<정정>", StringComparison.Ordinal)
            || s.Contains("바로잡습니다", StringComparison.Ordinal));

    /// <summary>A graphic or table caption: "[그래픽] 기준금리 추이 / 예시일보 그래픽팀", "[표] …", "[인포그래픽] …".</summary>
    private static bool IsGraphicCaption(ReadOnlySpan<char> s) =>
        s.Length <= 120 && !IsBodySentence(s) && StartsWithAny(s, GraphicLabels);

    private static readonly string[] GraphicLabels = ["[그래픽]", "[그래픽=", "[그래픽 =", "<그래픽>", "[인포그래픽]"];

    /// <summary>Words of a broadcast outlet or programme ("… 뉴스 박도윤입니다.", "… 21:17 KNB 뉴스9").</summary>
    private static readonly string[] BroadcastWords = ["뉴스", "방송", "TV"];

    /// <summary>The date at the start of a date bar: up to two spaces in a row, or else up to the day (일) and its weekday.</summary>
    private static ReadOnlySpan<char> DateBefore(ReadOnlySpan<char> s)
    {
        int gap = s.IndexOf("  ", StringComparison.Ordinal);
        if (gap > 0)
        {
            return s[..gap];
        }

        int day = s.IndexOf('일');
        int close = day < 0 ? -1 : s[day..].IndexOf(')');
        return day < 0 ? default : close > 0 && close <= 4 ? s[..(day + close + 1)] : s[..(day + 1)];
    }

    /// <summary>An outlet footer line: registration, publisher, policy or switchboard words in a bar ("등록번호 … | 발행·편집인 …").</summary>
    private static bool IsFooter(ReadOnlySpan<char> s)
    {
        if (s.Length > 200 || !FooterWords.ContainsAny(s) || IsNarrativeSentence(s))
        {
            return false;
        }

        int words = 0;
        foreach (string word in FooterWords.Phrases)
        {
            words += s.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }

        return words >= 2 || (words == 1 && s.IndexOf('|') >= 0);
    }

    /// <summary>
    /// A press contact block line: "연락처" alone, a web address with at most a label ("웹사이트: https://…"), a person and a
    /// job title ("윤세아 대리"), or an organization and its desk ("한솔라이프생명 홍보팀").
    /// </summary>
    private static bool IsContactBlock(ReadOnlySpan<char> s)
    {
        if (s.Length > 80)
        {
            return false;
        }

        if (s.SequenceEqual("연락처") || s.SequenceEqual("문의") || s.SequenceEqual("언론 문의") || s.SequenceEqual("미디어 문의")
            || (s.Length <= 10 && s.EndsWith(" 연락처", StringComparison.Ordinal) && s.Count(' ') == 1)
            || s.StartsWith("받는 사람:", StringComparison.Ordinal) || s.StartsWith("보낸 사람:", StringComparison.Ordinal))
        {
            return true;
        }

        int url = s.IndexOf("http", StringComparison.Ordinal);
        url = url >= 0 ? url : s.IndexOf("www.", StringComparison.Ordinal);
        if (url >= 0 && s[url..].IndexOf(' ') < 0 && s[..url].Count(' ') <= 1 && s[..url].Length <= 12)
        {
            return true;
        }

        int space = s.IndexOf(' ');
        if (space <= 0 || s[(space + 1)..].Contains(' '))
        {
            return false;
        }

        ReadOnlySpan<char> first = s[..space], second = s[(space + 1)..];
        return (first.Length is >= 2 and <= 4 && IsAllHangul(first) && IsOneOf(second, ContactTitles))
            || (first.Length is >= 2 and <= 14 && IsAllHangul(first) && IsDesk(second) && second.Length <= 5)
            || (IsDesk(first) && second.SequenceEqual("종합"));
    }

    /// <summary>An English role and a name: "Research Assistant 노하린", "Analyst 서도윤", "노하린 Analyst".</summary>
    private static bool IsEnglishRoleLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 30)
        {
            return false;
        }

        foreach (string role in EnglishRoles)
        {
            ReadOnlySpan<char> name = s.StartsWith(role, StringComparison.Ordinal) ? s[role.Length..].Trim()
                : s.EndsWith(role, StringComparison.Ordinal) ? s[..^role.Length].Trim() : default;
            if (name.Length is >= 2 and <= 4 && IsAllHangul(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A menu or search icon bar of a mobile page: "☰  데일리이코노미 모바일  🔍".</summary>
    private static bool IsIconBar(ReadOnlySpan<char> s) =>
        s.Length <= 40 && (s.Contains('☰') || s.Contains('≡') || s.Contains("🔍", StringComparison.Ordinal)) && s.Count(' ') <= 6 && !EndsLikeSentence(s);

    /// <summary>A data credit: "데이터 제공: 펀드원평가 (2월 13일 기준)", "자료: 예시거래소", "출처=예시은행".</summary>
    private static bool IsDataCredit(ReadOnlySpan<char> s)
    {
        if (s.Length > 50 || EndsLikeSentence(s))
        {
            return false;
        }

        foreach (string label in DataCreditLabels)
        {
            if (s.StartsWith(label, StringComparison.Ordinal) && s.Length > label.Length && s[label.Length] is ':' or '=' or '：' or ' ')
            {
                ReadOnlySpan<char> rest = s[(label.Length + 1)..].Trim();
                return !rest.IsEmpty && (s[label.Length] != ' ' || label.Contains(' ')) && rest.Count(' ') <= 4;
            }
        }

        return false;
    }

    private static readonly string[] DataCreditLabels = ["데이터 제공", "자료 제공", "자료제공", "데이터 출처", "자료 출처", "출처", "자료"];

    /// <summary>A keyword list: a tag label, a colon and short comma-separated items ("키워드: 무지출 챌린지, 짠테크").</summary>
    private static bool IsKeywordList(ReadOnlySpan<char> s)
    {
        if (s.Length > 120)
        {
            return false;
        }

        foreach (string label in TagLabels)
        {
            if (!s.StartsWith(label, StringComparison.Ordinal) || s.Length <= label.Length + 1 || s[label.Length] is not (':' or '：'))
            {
                continue;
            }

            ReadOnlySpan<char> rest = s[(label.Length + 1)..];
            if (EndsLikeSentence(rest))
            {
                return false;
            }

            for (int pos = 0; pos <= rest.Length;)
            {
                ReadOnlySpan<char> item = NextSegment(rest, ref pos, ",", anyChar: true).Trim();
                if (item.IsEmpty || item.Length > 14 || item.Count(' ') > 2)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>An issue label of a magazine or newsletter: "2025년 7월호", "제128호", "#128", "No.41", "Vol.3".</summary>
    private static bool IsIssueLabel(ReadOnlySpan<char> segment)
    {
        ReadOnlySpan<char> t = segment.Trim();
        if (t.Length is < 2 or > 14)
        {
            return false;
        }

        if (t[0] == '#' || t.StartsWith("No.", StringComparison.Ordinal) || t.StartsWith("Vol.", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> number = t[(t[0] == '#' ? 1 : t[0] == 'N' ? 3 : 4)..].TrimStart();
            return !number.IsEmpty && IsNumber(number);
        }

        return t.EndsWith("호", StringComparison.Ordinal) && t.ContainsAnyInRange('0', '9')
            && !t[..^1].ContainsAnyExcept("0123456789년월제 ");
    }

    /// <summary>An investment disclaimer: a polite sentence with a <see cref="DisclaimerMarkers"/> phrase (not reported speech).</summary>
    private static bool IsDisclaimer(ReadOnlySpan<char> s) =>
        s.Length <= 250 && IsPoliteNote(s) && ContainsAny(s, DisclaimerMarkers) && s.IndexOfAny("\"“”") < 0;

    /// <summary>A story's own subheading: "■ 주요 내용", "◆ 해외 수주는 선방" (page furniture does not use these bullets).</summary>
    internal static bool IsStorySubheading(ReadOnlySpan<char> s) => s.Length is > 1 and <= 60 && s[0] is '■' or '◆' or '□' or '◇';

    /// <summary>
    /// A sentence that announces a list of the story's own ("주요 내용은 다음과 같다.", "…를 정리하면 이렇다:"): the bulleted lines
    /// after it are its items, not headlines.
    /// </summary>
    internal static bool IntroducesList(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd();
        return t.Length >= 6 && (t[^1] is ':' or '：' || t.EndsWith("다음과 같다.", StringComparison.Ordinal)
            || t.EndsWith("다음과 같습니다.", StringComparison.Ordinal) || t.EndsWith("이렇다.", StringComparison.Ordinal));
    }

    /// <summary>A link that is a button ("▶ … 유튜브 채널 바로가기"), never a subheading of the story.</summary>
    internal static bool IsLinkButton(ReadOnlySpan<char> s) => s.Length <= 80 && ContainsAny(s, UiPhrases);

    /// <summary>A fact or figure line that a list of headlines does not contain: "- 고객사: 1,870곳", "영업이익 1,180 / 1,690 / 2,240".</summary>
    internal static bool IsFactLine(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        // "- 고객사: 1,870곳", "- 2038년 상반기: 비트코인 현물 ETF 상장 허용": a bulleted short label and a colon (a list of
        // headlines has no labels); "① 고부가 메모리 …": an enumerated point; "실적 추정 (단위: 십억원)": a table's caption.
        int colon = s.IndexOf(": ", StringComparison.Ordinal);
        if (s.Length > 2 && s[0] is '-' or '–' or '·' or '•' or 'ㆍ' && s[1] == ' ' && colon > 0
            && colon + 2 < s.Length && (char.IsAsciiDigit(s[colon + 2]) || colon <= 18))
        {
            return true;
        }

        if (s[0] is >= '①' and <= '⑳' || (s.Contains(':') && (s.Contains("단위:", StringComparison.Ordinal) || s.Contains("단위 :", StringComparison.Ordinal)
            || s.Contains("(자료:", StringComparison.Ordinal) || s.Contains("(출처:", StringComparison.Ordinal))))
        {
            return true;
        }

        // "▲ 지유마트24 — 산지 직송 …": a name, a dash and what it does.
        if (s[0] is '▲' or '△' && s.IndexOfAny("—–") is > 2 and <= 20)
        {
            return true;
        }

        // "1. 추경 총액 22조3000억원 …": a numbered point (a ranking of headlines numbers without the period: "1 …").
        if (s.Length > 3 && char.IsAsciiDigit(s[0]) && (s[1] == '.' || (char.IsAsciiDigit(s[1]) && s[2] == '.')) && s[s.IndexOf('.') + 1] == ' ')
        {
            return true;
        }

        // "- 08:00 2월 수출입물가지수": a bulleted schedule item; "관심 업종: 반도체, 인터넷": a short label and its value.
        if ((s.Length > 3 && s[0] is '-' or '·' or '•' && s[1] == ' ' && char.IsAsciiDigit(s[2])) || (colon is > 1 and <= 8 && !s[..colon].ContainsAnyInRange('0', '9')))
        {
            return true;
        }

        // "한결은행 | 최대 0.4%p | 2월 17일부터": a table row, cells between bars with figures among them.
        if (s.Count('|') >= 2 && IsFigureRow(s))
        {
            return true;
        }

        int numbers = 0, i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && s[i] is ' ' or '|' or '/')
            {
                i++;
            }

            int start = i;
            while (i < s.Length && s[i] is not (' ' or '|' or '/'))
            {
                i++;
            }

            ReadOnlySpan<char> token = s[start..i].TrimEnd("%)".AsSpan()).TrimStart("(+-−".AsSpan());
            if (!token.IsEmpty && char.IsAsciiDigit(token[0]) && !token.ContainsAnyExcept(FigureChars))
            {
                numbers++;
            }
        }

        return numbers >= 3;
    }

    /// <summary>
    /// Media-player and font controls: a player clock ("재생 00:00 / 02:14") or font-size buttons ("A+ A-", "가+ 가-").
    /// </summary>
    private static bool IsPlayerOrFontControl(ReadOnlySpan<char> s)
    {
        if (s.Length > 30)
        {
            return false;
        }

        // "A+ A-": only A/가, plus and minus signs and spaces, with at least one sign.
        bool signs = s.IndexOfAny('+', '-') >= 0;
        if (signs && !s.ContainsAnyExcept("Aa가+-−  ") && s.IndexOfAny('A', 'a', '가') >= 0)
        {
            return true;
        }

        // "02:18" alone: a video's running time.
        if (s.Length <= 8 && IsClock(s, fromEnd: false) && IsClock(s, fromEnd: true))
        {
            return true;
        }

        // "00:00 / 02:14": a clock, a slash and a clock, with at most UI words around it; or "동영상 재생 (02:14)".
        int slash = s.IndexOf('/');
        int open = s.LastIndexOf('(');
        bool clocks = slash > 0 && IsClock(s[..slash].TrimEnd(), fromEnd: true) && IsClock(s[(slash + 1)..].TrimStart(), fromEnd: false);
        bool duration = open > 0 && s[^1] == ')' && IsClock(s[(open + 1)..^1], fromEnd: false) && IsClock(s[(open + 1)..^1], fromEnd: true);
        if (!clocks && !duration)
        {
            return false;
        }

        int i = 0;
        Span<char> lower = stackalloc char[24];
        for (ReadOnlySpan<char> token = NextWord(s, ref i); !token.IsEmpty; token = NextWord(s, ref i))
        {
            if (!IsNumber(token) && (token.Length > lower.Length || !UiWords.Contains(lower[..token.ToLowerInvariant(lower)])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="s"/> ends (or starts) with a clock "mm:ss" or "h:mm:ss".</summary>
    private static bool IsClock(ReadOnlySpan<char> s, bool fromEnd)
    {
        int end = fromEnd ? s.Length : 0;
        int start = end;
        if (fromEnd)
        {
            while (start > 0 && (char.IsAsciiDigit(s[start - 1]) || s[start - 1] == ':'))
            {
                start--;
            }
        }
        else
        {
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == ':'))
            {
                end++;
            }
        }

        ReadOnlySpan<char> clock = s[start..end];
        int colon = clock.IndexOf(':');
        return clock.Length is >= 4 and <= 8 && colon > 0 && colon < clock.Length - 2 && clock[^3] == ':';
    }

    /// <summary>
    /// A broadcast name super: a script label, then a name and an affiliation ("[인터뷰] 정유나 / 서해증권 이코노미스트").
    /// </summary>
    private static bool IsScriptSuper(ReadOnlySpan<char> s)
    {
        if (s.Length > 50 || s[0] is not ('[' or '【') || EndsLikeSentence(s) || s.ContainsAny(Quotes))
        {
            return false;
        }

        int close = s.IndexOfAny(']', '】');
        if (close <= 1 || !IsOneOf(s[1..close].Trim(), ScriptLabels))
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[(close + 1)..].Trim();
        int end = 0;
        while (end < rest.Length && IsHangul(rest[end]))
        {
            end++;
        }

        // A name of two to four syllables, then a slash, or a space and at most four words ending in a title.
        if (end is < 2 or > 4 || end >= rest.Length || rest[end] is not (' ' or '/') || rest.Count(' ') > 4)
        {
            return false;
        }

        // Without a slash, "[인터뷰] 김서진 예시소재 대표" is the headline of a print interview; the other labels are broadcast only.
        ReadOnlySpan<char> affiliation = rest[end..].TrimStart(" /".AsSpan());
        bool slash = rest[end..].TrimStart() is ['/', ..];
        return affiliation.Length >= 2 && (slash || (EndsWithAny(affiliation, ContributorTitles) && !s[1..close].Trim().SequenceEqual("인터뷰")));
    }

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (s.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An outlet's name alone on its line: one word ending in a <see cref="OutletSuffixes"/> word ("새빛경제"), or a short brand
    /// word before one ("TechMoney 테크머니뉴스", "KNB 뉴스", "채널E 경제TV").
    /// </summary>
    private static bool IsOutletLine(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        if (space < 0)
        {
            return IsOutletName(s);
        }

        ReadOnlySpan<char> brand = s[..space], name = s[(space + 1)..];
        return s.Length <= 24 && !StartsWithHeader(s) && !StartsWithHeader(name) && brand.Length is >= 2 and <= 10 && !name.Contains(' ') && !brand.ContainsAnyInRange('0', '9')
            && (IsOutletName(name) || (IsOneOf(name, OutletSuffixes) && !brand.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    }

    /// <summary>An outlet's name: one word ending in a <see cref="OutletSuffixes"/> word ("새빛경제").</summary>
    private static bool IsOutletName(ReadOnlySpan<char> s)
    {
        if (s.Length is < 3 or > 12)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(IsHangul(c) || char.IsAsciiLetter(c)))
            {
                return false;
            }
        }

        foreach (string suffix in OutletSuffixes)
        {
            if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"새빛경제 랭킹 뉴스": an outlet's name, then a related-articles header.</summary>
    private static bool IsOutletHeader(ReadOnlySpan<char> core)
    {
        int space = core.IndexOf(' ');
        return space > 0 && core.Length <= 100 && IsOutletName(core[..space]) && RelatedHeaders.StartsAny(core[(space + 1)..].TrimStart());
    }

    /// <summary>An attached file: a file name with a document or image extension ("보도자료_0602.hwp (48KB)", "[사진1] 전경.jpg").</summary>
    private static bool IsAttachment(ReadOnlySpan<char> s)
    {
        if (s.Length > 100 || IsBodySentence(s))
        {
            return false;
        }

        // "PDF 다운로드 (1.2MB)": a short line ending in a file size.
        ReadOnlySpan<char> t = s.TrimEnd();
        if (s.Length <= 60 && t.EndsWith("B)", StringComparison.Ordinal) && t.LastIndexOf('(') is int open and > 0
            && open + 1 <= t.Length - 3 && t[(open + 1)..^3].Trim() is { IsEmpty: false } size && char.IsAsciiDigit(size[0]) && !size.ContainsAnyExcept("0123456789., ")
            && t[^3] is 'K' or 'M' or 'G' or 'k')
        {
            return true;
        }

        Span<char> lower = stackalloc char[8];
        for (int dot = s.IndexOf('.'); dot >= 0; dot = s[(dot + 1)..].IndexOf('.') is int next and >= 0 ? dot + 1 + next : -1)
        {
            if (dot == 0 || !char.IsLetterOrDigit(s[dot - 1]))
            {
                continue;
            }

            int end = dot + 1;
            while (end < s.Length && char.IsAsciiLetterOrDigit(s[end]))
            {
                end++;
            }

            ReadOnlySpan<char> extension = s[(dot + 1)..end];
            if (extension.Length is >= 3 and <= 4 && (end == s.Length || s[end] is ' ' or '(' or ')' or ',')
                && IsOneOf(lower[..extension.ToLowerInvariant(lower)], AttachmentTypes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A request to the reader of a newsletter or page: a polite request ("…주세요") for a <see cref="ReaderActions"/> action,
    /// not a quotation ("이번 호가 유익하셨다면 동료에게 추천해 주세요.").
    /// </summary>
    private static bool IsReaderRequest(ReadOnlySpan<char> s)
    {
        // Requests end politely or with their button ("…세요", "…바랍니다", "…추천하기", "[…복사]", "→ 추천 링크 복사").
        ReadOnlySpan<char> last = s.TrimEnd(" .!".AsSpan());
        if (s.Length > 90 || last.IsEmpty || last[^1] is not ('요' or '오' or '다' or '기' or ']' or '사') || s.ContainsAny(Quotes))
        {
            return false;
        }

        // A button after the request: "친구에게도 … 추천해 주세요. [추천 링크 복사]".
        ReadOnlySpan<char> t = s.TrimEnd();
        if (t.Length > 2 && t[^1] == ']' && t.LastIndexOf('[') is int open and > 0)
        {
            t = t[..open];
        }
        else if (t.IndexOf(" → ", StringComparison.Ordinal) is int arrow and > 0)
        {
            // "… 추천해 주세요 → 추천 링크 복사".
            t = t[..arrow];
        }
        else if (t.LastIndexOf(' ') is int space and > 0 && t[(space + 1)..].EndsWith("하기", StringComparison.Ordinal) && t[..space].TrimEnd().EndsWith(".", StringComparison.Ordinal))
        {
            // "… 친구에게 추천해 주세요. 추천하기": the button after the request.
            t = t[..space];
        }

        t = t.TrimEnd(" .!".AsSpan());
        return (t.EndsWith("세요", StringComparison.Ordinal) || t.EndsWith("주십시오", StringComparison.Ordinal)
            || t.EndsWith("바랍니다", StringComparison.Ordinal) || t.EndsWith("복사하기", StringComparison.Ordinal)
            || t.EndsWith("바로가기", StringComparison.Ordinal) || t.EndsWith("추천하기", StringComparison.Ordinal)
            || t.EndsWith("공유하기", StringComparison.Ordinal)) && ContainsAny(s, ReaderActions);
    }

    /// <summary>
    /// A contributor's byline: a name, a bar or slash, and an affiliation ending in a <see cref="ContributorTitles"/> word
    /// ("배준혁 | 미래자산연구소 수석연구원").
    /// </summary>
    private static bool IsContributorByline(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || EndsLikeSentence(s))
        {
            return false;
        }

        int bar = s.IndexOfAny('|', '/');
        if (bar < 0)
        {
            // "서하림 한별대 경영학과 교수": a name, an affiliation and a title, at most four words and no quotation.
            int space = s.IndexOf(' ');
            return space is >= 2 and <= 4 && IsAllHangul(s[..space]) && s.Count(' ') is >= 2 and <= 3 && s.Length <= 25
                && !s.ContainsAny(Quotes) && !s.Contains(',') && EndsWithAny(s, ContributorTitles) && !EndsWithAny(s, ContactTitles);
        }

        ReadOnlySpan<char> name = s[..bar].Trim(), affiliation = s[(bar + 1)..].Trim();
        if (name.Length is < 2 or > 4 || !IsAllHangul(name) || affiliation.IsEmpty || affiliation.Count(' ') > 3)
        {
            return false;
        }

        return EndsWithAny(affiliation, ContributorTitles);
    }

    /// <summary>An English byline alone on its line: "By" and one to four capitalized words ("By Seo Min-jae").</summary>
    private static bool IsEnglishByline(ReadOnlySpan<char> s)
    {
        if (s.Length > 60 || !s.StartsWith("By ", StringComparison.Ordinal))
        {
            return false;
        }

        int words = 0;
        for (ReadOnlySpan<char> rest = s[3..]; !rest.IsEmpty;)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> word = (space < 0 ? rest : rest[..space]).TrimEnd(',');
            rest = space < 0 ? default : rest[(space + 1)..];
            if (word.IsEmpty || (words > 0 && word.SequenceEqual("and")))
            {
                continue;
            }

            if (!char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.'"))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 6;
    }

    /// <summary>A reading-time note: "읽는 시간 3분", "3분 읽기", "5 min read".</summary>
    private static bool IsReadingTime(ReadOnlySpan<char> s) =>
        s.Length <= 20 && s.ContainsAnyInRange('0', '9')
        && ContainsAny(s, ReadingTimeWords);

    private static readonly string[] ReadingTimeWords = ["읽는 시간", "읽기 시간", "분 읽기", "min read"];

    /// <summary>A link button to more of the outlet's content: a short line ending in 보기 about news, articles or videos ("이 영상 다른 뉴스 보기").</summary>
    private static bool IsMoreButton(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" >▶+↑↓›»→".AsSpan());
        if (s.Length > 30 || !t.EndsWith("보기", StringComparison.Ordinal))
        {
            return false;
        }

        // "오늘의 분양일정 보기 >": an arrow after 보기 makes any short "… 보기" a link button.
        if (t.Length < s.Length && s[^1] is '>' or '›' or '»' or '→' or '▶' && s.Length <= 24 && t.Count(' ') <= 3)
        {
            return true;
        }

        return (s.Length <= 20 && (t.EndsWith("더보기", StringComparison.Ordinal) || t.EndsWith("더 보기", StringComparison.Ordinal)
                || t.EndsWith("전체보기", StringComparison.Ordinal)))
            || ContainsAny(s, MoreButtonNouns);
    }

    /// <summary>A "more" button that links to more of the outlet's stories ("인터뷰 더보기", "이 기관의 다른 보도자료 보기"): it heads a list.</summary>
    internal static bool IsMoreStoriesButton(ReadOnlySpan<char> s) => IsMoreButton(s) && ContainsAny(s, MoreStoryNouns);

    private static readonly string[] MoreStoryNouns = ["뉴스", "기사", "영상", "포토", "보도자료", "리포트", "레터", "소식", "칼럼", "인터뷰", "공시"];

    private static readonly string[] MoreButtonNouns = ["뉴스", "기사", "영상", "원문", "포토", "보도자료", "리포트", "레터", "업데이트", "소식", "칼럼", "방송", "다시보기", "공시"];

    /// <summary>A service notice heading: a short line ending in 안내 about the site's articles or services ("기사 섹션 분류 안내").</summary>
    private static bool IsServiceNotice(ReadOnlySpan<char> s) =>
        s.Length <= 20 && s.EndsWith("안내", StringComparison.Ordinal)
        && ContainsAny(s, ServiceWords);

    private static readonly string[] ServiceWords = ["기사", "섹션", "서비스", "이용", "회원", "구독"];

    /// <summary>A label and hashtags: "태그 #ETF #자산배분", "키워드: #금리".</summary>
    private static bool IsLabelledTags(ReadOnlySpan<char> s)
    {
        foreach (string label in TagLabels)
        {
            if (s.StartsWith(label, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> rest = s[label.Length..].TrimStart(" :：".AsSpan());
                return !rest.IsEmpty && rest[0] == '#' && IsTags(rest);
            }
        }

        return false;
    }

    /// <summary>
    /// The name a byline line starts with ("배준혁 | …", "한지원 기자 · …", "[한결일보 박서진 기자]" gives 박서진): two to four
    /// syllables before a title word or a separator; empty when there is none.
    /// </summary>
    internal static ReadOnlySpan<char> BylineName(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> t = StripBullets(line);
        if (IsContributorByline(t))
        {
            int end = 0;
            while (end < t.Length && IsHangul(t[end]))
            {
                end++;
            }

            return t[..end];
        }

        for (int i = 0; i < t.Length && i < 30;)
        {
            int start = i;
            while (i < t.Length && IsHangul(t[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = t[start..i];
            ReadOnlySpan<char> after = t[i..].TrimStart();
            if (word.Length is >= 2 and <= 4
                && (after.IsEmpty || after[0] is '|' or '/' or '·' || StartsWithAny(after, Titles) || StartsWithAny(after, ContributorTitles)))
            {
                return word;
            }

            // Skip one outlet word ("한결일보 박서진 기자"), then give up.
            if (word.IsEmpty || i >= t.Length || t[i] != ' ' || start > 0)
            {
                return default;
            }

            i++;
        }

        return default;
    }

    /// <summary>
    /// An author's biography: the line starts with the name from the article's byline (then a title, and 은/는) and tells a
    /// career (<see cref="CareerMarkers"/>): "배준혁 연구원은 자산운용사와 증권사에서 15년간 … 담당했으며, …".
    /// </summary>
    internal static bool IsAuthorBio(ReadOnlySpan<char> line, ReadOnlySpan<char> name)
    {
        ReadOnlySpan<char> s = line.Trim();
        if (name.Length < 2 || s.Length > 250 || !s.StartsWith(name, StringComparison.Ordinal) || !ContainsAny(s, CareerMarkers))
        {
            return false;
        }

        // "배준혁은 …" or "배준혁 연구원은 …": the subject is the name itself or its next word.
        ReadOnlySpan<char> rest = s[name.Length..];
        ReadOnlySpan<char> subject = rest.Length > 0 && rest[0] == ' ' ? rest.TrimStart() : rest[..Math.Min(1, rest.Length)];
        int end = subject.IndexOf(' ');
        subject = end < 0 ? subject : subject[..end];
        return subject.Length is >= 1 and <= 8 && subject[^1] is '은' or '는';
    }

    /// <summary>Letters of English words.</summary>
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>What a video player says when it cannot play ("동영상 재생이 되지 않을 경우 새로고침 해주세요").</summary>
    private static readonly string[] PlayerNotices = ["재생이 되지 않", "재생되지 않", "광고 후 재생", "브라우저에서만", "읽어주기 기능", "영상이 재생됩니다", "새로고침 해주", "새로고침해 주", "새로고침 해 주", "새로고침해주"];

    private static bool IsPlayerNotice(ReadOnlySpan<char> s) => s.Length <= 60 && ContainsAny(s, PlayerNotices);

    /// <summary>Last words of English outlet names ("The Seoul Ledger", "K-Biz Journal").</summary>
    private static readonly string[] EnglishOutletWords =
    [
        "Journal", "Times", "Herald", "Post", "Ledger", "Daily", "News", "Tribune", "Review", "Insider", "Gazette", "Wire", "Report",
        "Economy", "Today", "Weekly", "Observer", "Chronicle", "Monitor", "Press", "Biz", "Economist",
    ];

    /// <summary>
    /// An English outlet's name alone on its line: two to four capitalized words, the last an outlet word ("K-Biz Journal",
    /// "The Seoul Ledger").
    /// </summary>
    private static bool IsEnglishOutletName(ReadOnlySpan<char> s)
    {
        if (s.Length > 30 || s.Count(' ') is < 1 or > 3 || s.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -&"))
        {
            return false;
        }

        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> word = NextSegment(s, ref pos, " ", anyChar: true);
            if (word.IsEmpty || !char.IsAsciiLetterUpper(word[0]))
            {
                return false;
            }
        }

        return IsOneOf(LastWord(s), EnglishOutletWords);
    }

    /// <summary>
    /// An English timestamp line: "Published: Apr. 24, 2031 - 16:35  Updated: …" (a timestamp label and digits), or a date
    /// alone: "Sep. 02, 2031 (Tue) 11:20" (a month, digits and at most a weekday, AM/PM or a zone).
    /// </summary>
    private static bool IsEnglishTimestampLine(ReadOnlySpan<char> s)
    {
        // A label or a month comes first ("Published: …", "Sep. 02, 2031 …").
        if (s.Length > 100 || !char.IsAsciiLetterUpper(s[0]) || s.Count(' ') > 16)
        {
            return false;
        }

        int digits = 0;
        foreach (char c in s)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits < 4)
        {
            return false;
        }

        foreach (string label in EnglishTimestampLabels)
        {
            if (s.StartsWith(label, StringComparison.Ordinal) && s.Length > label.Length && s[label.Length] is ':' or ' ')
            {
                return true;
            }
        }

        bool month = false;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> word = NextSegment(s, ref pos, " ", anyChar: true).Trim(".,()[]-|".AsSpan());
            if (word.IsEmpty || !word.ContainsAnyExcept("0123456789:"))
            {
                continue;
            }

            bool isMonth = IsOneOf(word, EnglishMonths);
            month |= isMonth;
            if (!isMonth && !IsOneOf(word, EnglishDateWords))
            {
                return false;
            }
        }

        return month && s.Length <= 40;
    }

    private static readonly string[] EnglishMonths =
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] EnglishDateWords =
    [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "AM", "PM", "a.m", "p.m", "KST", "GMT", "UTC",
    ];

    /// <summary>
    /// The credit in parentheses that ends a caption ("… (Hanseo Motors)"): two to thirty characters, at most four words, no
    /// figures; <paramref name="open"/> is where its parenthesis opens.
    /// </summary>
    private static bool TryReadTrailingCredit(ReadOnlySpan<char> s, out int open, out ReadOnlySpan<char> credit)
    {
        open = s.LastIndexOf('(');
        credit = open < 0 || s[^1] != ')' ? default : s[(open + 1)..^1].Trim();
        return credit.Length is >= 2 and <= 30 && credit.Count(' ') <= 3 && !credit.ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// An English photo caption: a sentence and the photo's source in parentheses after it ("A hybrid SUV is displayed at the
    /// showroom. (Hanseo Motors)", "… (Yonhap)"): one to four capitalized words, no figures.
    /// </summary>
    private static bool IsEnglishCaption(ReadOnlySpan<char> s)
    {
        if (s.Length > 250 || s[^1] != ')' || !char.IsAsciiLetterUpper(s[0]))
        {
            return false;
        }

        // A caption is a sentence of a few words ("Apple Inc. (AAPL)" is a name and its ticker).
        if (!TryReadTrailingCredit(s, out int open, out ReadOnlySpan<char> credit) || open < 2 || s[..open].TrimEnd() is not [.., '.']
            || s[..open].Count(' ') < 3)
        {
            return false;
        }

        for (int pos = 0; pos <= credit.Length;)
        {
            ReadOnlySpan<char> word = NextSegment(credit, ref pos, " ", anyChar: true);
            if (word.IsEmpty || !(char.IsAsciiLetterUpper(word[0]) || word.SequenceEqual("of") || word.SequenceEqual("and")))
            {
                return false;
            }
        }

        return true;
    }
}
