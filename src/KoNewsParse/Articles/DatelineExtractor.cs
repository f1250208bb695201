namespace KoNewsParse.Articles;

/// <summary>The publication and modification times found in an article's dateline.</summary>
/// <param name="Published">When the article was published (<c>입력</c>, <c>등록</c>, <c>승인</c>, or an unlabelled timestamp).</param>
/// <param name="Modified">When it was last modified (<c>수정</c>, <c>최종수정</c>, <c>업데이트</c>).</param>
public readonly record struct Dateline(DateTimeOffset? Published, DateTimeOffset? Modified);

/// <summary>
/// Extracts dateline timestamps from common Korean news layouts: <c>입력 2021.11.25 14:35</c>,
/// <c>기사입력 2021-11-25 오후 2:35</c>, <c>2021.11.25 14:35:14</c>, <c>승인 2021.11.25</c>, <c>[2021-11-25 14:35]</c>,
/// <c>등록 … 수정 …</c>, <c>2021년 11월 25일 (목) 14:35</c>. Times are Korea Standard Time (+09:00). Never throws.
/// </summary>
public static class DatelineExtractor
{
    /// <summary>The Korea Standard Time offset (+09:00; Korea has no daylight saving time).</summary>
    public static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private const int MaxDatelineLineLength = 200;

    private static readonly string[] PublishedLabels =
    [
        "기사입력", "최초입력", "입력일자", "입력일", "입력", "송고시간", "게재 일자", "게재일자", "등록일자", "기사승인", "승인", "등록일", "등록", "게재일", "게재", "송고", "발행일", "발행", "작성일", "작성",
        "게시일", "게시", "published", "posted",
    ];

    private static readonly string[] ModifiedLabels =
    [
        "최종수정일", "최종수정", "최종 수정", "기사수정", "수정일", "수정", "업데이트", "갱신", "updated", "modified",
    ];

    /// <summary>Extracts the dateline from a whole article.</summary>
    /// <param name="text">The (normalized) article text.</param>
    /// <returns>The timestamps found; both <see langword="null"/> when there is no dateline.</returns>
    public static Dateline Extract(ReadOnlySpan<char> text)
    {
        DateTimeOffset? published = null, modified = null, unlabelled = null;
        int pos = 0;
        while (pos <= text.Length && (published is null || modified is null))
        {
            int nl = text[pos..].IndexOf('\n');
            int end = nl < 0 ? text.Length : pos + nl;
            ReadOnlySpan<char> line = text[pos..end];
            if (line.Length <= MaxDatelineLineLength)
            {
                ScanLine(line, ref published, ref modified, ref unlabelled);
            }

            if (nl < 0)
            {
                break;
            }

            pos = end + 1;
        }

        return new Dateline(published ?? unlabelled, modified);
    }

    /// <summary>Extracts the dateline from a whole article.</summary>
    /// <param name="text">The (normalized) article text.</param>
    /// <returns>The timestamps found.</returns>
    public static Dateline Extract(string? text) => Extract((text ?? string.Empty).AsSpan());

    /// <summary>Parses one timestamp such as <c>2021.11.25 오후 2:35</c> or <c>2021년 11월 25일 14시 35분</c> as KST.</summary>
    /// <param name="text">The timestamp; surrounding spaces and brackets are allowed.</param>
    /// <param name="value">The parsed time.</param>
    /// <returns><see langword="true"/> when the whole input is one timestamp.</returns>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        text = text.Trim().Trim("[]()").Trim();
        value = default;
        int i = 0;
        if (!TryReadTimestamp(text, ref i, out value, out _))
        {
            return false;
        }

        return text[i..].Trim().IsEmpty;
    }

    private static void ScanLine(ReadOnlySpan<char> line, ref DateTimeOffset? published, ref DateTimeOffset? modified, ref DateTimeOffset? unlabelled)
    {
        int labelStart = 0;
        bool sawAnyDate = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i]) || (i > 0 && char.IsAsciiDigit(line[i - 1])))
            {
                continue;
            }

            int start = i;
            int j = i;
            if (!TryReadTimestamp(line, ref j, out DateTimeOffset value, out bool hasTime))
            {
                continue;
            }

            ReadOnlySpan<char> before = line[labelStart..start].TrimEnd(" :|[(-=·>").TrimEnd();
            bool? isPublished = LabelKind(before);
            if (isPublished == true)
            {
                published ??= value;
            }
            else if (isPublished == false)
            {
                modified ??= value;
            }
            else if (unlabelled is null && !sawAnyDate && (hasTime || IsBareLine(line, start, j)))
            {
                unlabelled = value;
            }

            sawAnyDate = true;
            labelStart = j;
            i = j - 1;
        }
    }

    private static bool IsBareLine(ReadOnlySpan<char> line, int start, int end)
    {
        ReadOnlySpan<char> rest = line[end..].Trim(" ])").Trim();
        ReadOnlySpan<char> head = line[..start].Trim(" [(").Trim();
        return rest.IsEmpty && head.IsEmpty;
    }

    private static bool? LabelKind(ReadOnlySpan<char> before)
    {
        // Only the label word right before the timestamp counts (e.g. "홍길동 기자 | 입력 2021.11.25").
        foreach (string label in ModifiedLabels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (string label in PublishedLabels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return null;
    }

    private static bool TryReadTimestamp(ReadOnlySpan<char> s, ref int i, out DateTimeOffset value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        int p = i;
        if (!TryReadDate(s, ref p, out DateOnly date))
        {
            return false;
        }

        int afterDate = p;
        SkipWeekday(s, ref p);
        int q = p;
        TimeOnly time = default;
        if (TryReadTime(s, ref q, out TimeOnly t))
        {
            time = t;
            hasTime = true;
            p = q;
        }
        else
        {
            p = afterDate;
            SkipWeekday(s, ref p);
        }

        value = new DateTimeOffset(date.ToDateTime(time), Kst);
        i = p;
        return true;
    }

    private static bool TryReadDate(ReadOnlySpan<char> s, ref int i, out DateOnly date)
    {
        date = default;
        int p = i;
        if (!ReadNumber(s, ref p, 4, 4, out int year) || year < 1900 || year > 2199)
        {
            return false;
        }

        int month, day;
        if (p < s.Length && s[p] is '.' or '-' or '/')
        {
            char sep = s[p++];
            SkipSpaces(s, ref p);
            if (!ReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != sep)
            {
                return false;
            }

            p++;
            SkipSpaces(s, ref p);
            if (!ReadNumber(s, ref p, 1, 2, out day))
            {
                return false;
            }

            if (sep == '.' && p < s.Length && s[p] == '.')
            {
                p++;
            }
        }
        else
        {
            SkipSpaces(s, ref p);
            if (p >= s.Length || s[p] != '년')
            {
                return false;
            }

            p++;
            SkipSpaces(s, ref p);
            if (!ReadNumber(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != '월')
            {
                return false;
            }

            p++;
            SkipSpaces(s, ref p);
            if (!ReadNumber(s, ref p, 1, 2, out day) || p >= s.Length || s[p] != '일')
            {
                return false;
            }

            p++;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        i = p;
        return true;
    }

    private static void SkipWeekday(ReadOnlySpan<char> s, ref int i)
    {
        int p = i;
        SkipSpaces(s, ref p);
        bool paren = p < s.Length && s[p] == '(';
        if (paren)
        {
            p++;
        }

        if (p < s.Length && "월화수목금토일".Contains(s[p]))
        {
            int q = p + 1;
            if (s[q..].StartsWith("요일", StringComparison.Ordinal))
            {
                q += 2;
            }

            if (paren)
            {
                if (q < s.Length && s[q] == ')')
                {
                    i = q + 1;
                }

                return;
            }

            // A bare weekday must be a whole word ("목요일"), not the start of another word.
            if (q - p == 3 && (q >= s.Length || !IsHangul(s[q])))
            {
                i = q;
            }
        }
    }

    private static bool TryReadTime(ReadOnlySpan<char> s, ref int i, out TimeOnly time)
    {
        time = default;
        int p = i;
        SkipSpaces(s, ref p);
        int meridiem = ReadMeridiem(s, ref p); // 0 none, 1 am, 2 pm
        SkipSpaces(s, ref p);
        if (!ReadNumber(s, ref p, 1, 2, out int hour))
        {
            return false;
        }

        int minute = 0, second = 0;
        if (p < s.Length && s[p] == ':')
        {
            p++;
            if (!ReadNumber(s, ref p, 2, 2, out minute))
            {
                return false;
            }

            if (p < s.Length && s[p] == ':')
            {
                int q = p + 1;
                if (ReadNumber(s, ref q, 2, 2, out second))
                {
                    p = q;
                }
            }
        }
        else if (p < s.Length && s[p] == '시')
        {
            p++;
            int q = p;
            SkipSpaces(s, ref q);
            if (ReadNumber(s, ref q, 1, 2, out int m) && q < s.Length && s[q] == '분')
            {
                minute = m;
                p = q + 1;
            }
        }
        else
        {
            return false;
        }

        if (meridiem == 0)
        {
            int q = p;
            SkipSpaces(s, ref q);
            meridiem = ReadMeridiem(s, ref q);
            if (meridiem != 0)
            {
                p = q;
            }
        }

        if (meridiem == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == 1 && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        i = p;
        return true;
    }

    private static int ReadMeridiem(ReadOnlySpan<char> s, ref int p)
    {
        ReadOnlySpan<char> rest = s[p..];
        if (rest.StartsWith("오전", StringComparison.Ordinal) || rest.StartsWith("AM", StringComparison.OrdinalIgnoreCase))
        {
            p += 2;
            return 1;
        }

        if (rest.StartsWith("오후", StringComparison.Ordinal) || rest.StartsWith("PM", StringComparison.OrdinalIgnoreCase))
        {
            p += 2;
            return 2;
        }

        return 0;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int p = i;
        while (p < s.Length && p - i < maxDigits && char.IsAsciiDigit(s[p]))
        {
            value = (value * 10) + (s[p] - '0');
            p++;
        }

        if (p - i < minDigits || (p < s.Length && char.IsAsciiDigit(s[p])))
        {
            return false;
        }

        i = p;
        return true;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }
    }

    internal static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
