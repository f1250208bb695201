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
    private static readonly string[] SectionWords =
    [
        "홈", "뉴스홈", "전체기사", "전체", "종합", "일반", "경제", "금융", "증권", "마켓", "주식", "채권", "외환", "투자", "재테크",
        "은행", "보험", "카드", "가상자산", "코인", "산업", "기업", "재계", "경영", "전자", "반도체", "디스플레이", "자동차", "모빌리티",
        "조선", "해운", "항공", "철강", "화학", "에너지", "중공업", "건설", "부동산", "분양", "유통", "소비", "식품", "패션", "뷰티",
        "생활", "라이프", "건강", "헬스", "바이오", "제약", "의료", "IT", "ICT", "과학", "테크", "통신", "방송", "인터넷", "게임",
        "모바일", "스타트업", "벤처", "정치", "사회", "국제", "세계", "글로벌", "문화", "스포츠", "연예", "오피니언", "사설", "칼럼",
        "정책", "노동", "교육", "지역", "전국", "환경", "ESG", "피플", "인물", "물류", "농업", "중기", "중소기업", "공기업", "공시",
        "PREMIUM", "Premium", "프리미엄", "Economy", "Finance", "Markets", "Business", "Tech", "Industry", "Opinion",
    ];

    /// <summary>Endings of outlet names ("새빛경제", "매일테크뉴스", "한결일보").</summary>
    private static readonly string[] OutletSuffixes =
    [
        "경제", "뉴스", "일보", "신문", "타임스", "타임즈", "저널", "투데이", "비즈", "데일리", "미디어", "방송", "닷컴", "포스트",
        "헤럴드", "위클리", "매거진", "인사이트",
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

    /// <summary>Labels before a line of hashtags ("태그 #ETF #연금").</summary>
    private static readonly string[] TagLabels = ["태그", "키워드", "해시태그", "관련태그", "관련 태그", "Tags", "TAGS", "Tag"];

    /// <summary>
    /// A section label: two to four segments between <c>|</c>, <c>·</c>, <c>/</c> or <c>&gt;</c>, each a
    /// <see cref="SectionWords"/> word, except at most one short brand word ("머니포커스 | 부동산", "PREMIUM | 금융").
    /// </summary>
    private static bool IsSectionLabel(ReadOnlySpan<char> s)
    {
        if (s.Length > 32 || s.IndexOfAny("|·/>›") < 0 || s.ContainsAnyInRange('0', '9') || EndsLikeSentence(s))
        {
            return false;
        }

        int segments = 0, sections = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> segment = NextSegment(s, ref pos, "|·/>›", anyChar: true).Trim();
            if (segment.IsEmpty || segment.Length > 8 || segment.Contains(' '))
            {
                return false;
            }

            segments++;
            sections += IsOneOf(segment, SectionWords) ? 1 : 0;
        }

        return segments is >= 2 and <= 4 && sections >= 1 && sections >= segments - 1;
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

        // "00:00 / 02:14": a clock, a slash and a clock, with at most UI words around it.
        int slash = s.IndexOf('/');
        if (slash <= 0 || !IsClock(s[..slash].TrimEnd(), fromEnd: true) || !IsClock(s[(slash + 1)..].TrimStart(), fromEnd: false))
        {
            return false;
        }

        int i = 0;
        Span<char> lower = stackalloc char[24];
        for (ReadOnlySpan<char> token = NextWord(s, ref i); !token.IsEmpty; token = NextWord(s, ref i))
        {
            if (!IsNumber(token) && (token.Length > lower.Length || !IsOneOf(lower[..token.ToLowerInvariant(lower)], UiWords)))
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
        if (s.Length > 50 || s[0] is not ('[' or '【') || EndsLikeSentence(s) || s.IndexOfAny("\"“”'‘’") >= 0)
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

        ReadOnlySpan<char> affiliation = rest[end..].TrimStart(" /".AsSpan());
        return affiliation.Length >= 2 && (rest[end..].TrimStart() is ['/', ..] || EndsWithAny(affiliation, ContributorTitles));
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

    /// <summary>An outlet's name alone on its line: one word ending in a <see cref="OutletSuffixes"/> word ("새빛경제").</summary>
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
        return space > 0 && core.Length <= 100 && IsOutletName(core[..space]) && StartsWithAny(core[(space + 1)..].TrimStart(), RelatedHeaders);
    }

    /// <summary>An attached file: a file name with a document or image extension ("보도자료_0602.hwp (48KB)", "[사진1] 전경.jpg").</summary>
    private static bool IsAttachment(ReadOnlySpan<char> s)
    {
        if (s.Length > 100 || IsBodySentence(s))
        {
            return false;
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
        if (s.Length > 90 || s.IndexOfAny("\"“”'‘’") >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> t = s.TrimEnd(" .!".AsSpan());
        return (t.EndsWith("주세요", StringComparison.Ordinal) || t.EndsWith("주십시오", StringComparison.Ordinal)
            || t.EndsWith("바랍니다", StringComparison.Ordinal)) && ContainsAny(s, ReaderActions);
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
            return false;
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
        if (s.Length > 40 || !s.StartsWith("By ", StringComparison.Ordinal))
        {
            return false;
        }

        int words = 0;
        for (ReadOnlySpan<char> rest = s[3..]; !rest.IsEmpty;)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> word = (space < 0 ? rest : rest[..space]).TrimEnd(',');
            rest = space < 0 ? default : rest[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.'"))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }

    /// <summary>A reading-time note: "읽는 시간 3분", "3분 읽기", "5 min read".</summary>
    private static bool IsReadingTime(ReadOnlySpan<char> s) =>
        s.Length <= 20 && s.ContainsAnyInRange('0', '9')
        && (s.Contains("읽는 시간", StringComparison.Ordinal) || s.Contains("읽기 시간", StringComparison.Ordinal)
            || s.Contains("분 읽기", StringComparison.Ordinal) || s.Contains("min read", StringComparison.Ordinal));

    /// <summary>A link button to more of the outlet's content: a short line ending in 보기 about news, articles or videos ("이 영상 다른 뉴스 보기").</summary>
    private static bool IsMoreButton(ReadOnlySpan<char> s) =>
        s.Length <= 30 && s.TrimEnd(" >▶".AsSpan()).EndsWith("보기", StringComparison.Ordinal)
        && (s.Contains("뉴스", StringComparison.Ordinal) || s.Contains("기사", StringComparison.Ordinal)
            || s.Contains("영상", StringComparison.Ordinal) || s.Contains("원문", StringComparison.Ordinal)
            || s.Contains("포토", StringComparison.Ordinal));

    /// <summary>A service notice heading: a short line ending in 안내 about the site's articles or services ("기사 섹션 분류 안내").</summary>
    private static bool IsServiceNotice(ReadOnlySpan<char> s) =>
        s.Length <= 20 && s.EndsWith("안내", StringComparison.Ordinal)
        && (s.Contains("기사", StringComparison.Ordinal) || s.Contains("섹션", StringComparison.Ordinal)
            || s.Contains("서비스", StringComparison.Ordinal) || s.Contains("이용", StringComparison.Ordinal)
            || s.Contains("회원", StringComparison.Ordinal) || s.Contains("구독", StringComparison.Ordinal));

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
}
