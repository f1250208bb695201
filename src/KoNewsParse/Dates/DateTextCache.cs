using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KoNewsParse.Dates;

/// <summary>
/// Pre-built surface texts of the most frequent mentions (<c>이날</c>, <c>지난 23일</c>, <c>올 3분기</c>, …) so that reading their
/// <see cref="DateMention.Text"/> never allocates. Built once, read-only afterwards (open addressing over a fixed array).
/// </summary>
internal static class DateTextCache
{
    private const int MaxLength = 16;
    private static readonly string?[] Table = Build();

    /// <summary>Finds the pre-built string equal to <paramref name="text"/>.</summary>
    /// <param name="text">The surface text of a mention.</param>
    /// <param name="cached">The pre-built string, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a pre-built string exists.</returns>
    public static bool TryGet(ReadOnlySpan<char> text, [NotNullWhen(true)] out string? cached)
    {
        if (text.Length <= MaxLength)
        {
            string?[] table = Table;
            int mask = table.Length - 1;
            for (int i = (int)Hash(text) & mask; ; i = (i + 1) & mask)
            {
                string? s = table[i];
                if (s is null)
                {
                    break;
                }

                if (text.SequenceEqual(s))
                {
                    cached = s;
                    return true;
                }
            }
        }

        cached = null;
        return false;
    }

    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return h ^ (h >> 15);
    }

    private static string?[] Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string[] wordMentions =
        [
            "이날", "오늘", "당일", "어제", "전날", "전일", "그제", "그저께", "내일", "다음날", "이튿날", "모레", "금일", "익일",
            "지난해", "작년", "전년", "올해", "금년", "내년", "재작년", "지난달", "전월", "이달", "이번 달", "내달", "다음 달", "다음달",
            "지난주", "이번 주", "다음 주", "다음주", "내주", "상반기", "하반기", "연초", "연중", "연말", "연내", "월초", "월말",
            "전년 동기", "전년동기", "지난해 동기", "작년 동기", "전년 동월", "지난해 같은 기간", "작년 같은 기간", "전년 같은 기간",
            "올 상반기", "올 하반기", "올해 상반기", "올해 하반기", "지난해 상반기", "지난해 하반기", "내년 상반기", "내년 하반기",
            "올 초", "올초", "올해 말", "지난해 말", "작년 말", "내년 초", "이달 말", "이달 초", "지난달 말", "다음 달 초", "내달 초",
            "연말까지", "연내", "이달 말까지", "다음 달부터", "내년부터", "올해부터",
        ];
        foreach (string w in wordMentions)
        {
            set.Add(w);
        }

        string[] dayPrefixes = ["", "지난 ", "오는 ", "이달 ", "지난달 ", "다음 달 ", "내달 "];
        string[] daySuffixes = ["", "까지", "부터"];
        for (int d = 1; d <= 31; d++)
        {
            string day = d.ToString(CultureInfo.InvariantCulture) + "일";
            foreach (string p in dayPrefixes)
            {
                foreach (string suffix in daySuffixes)
                {
                    set.Add(p + day + suffix);
                }
            }

            foreach (char w in "월화수목금토일")
            {
                set.Add(day + "(" + w + ")");
            }
        }

        string[] monthPrefixes = ["", "지난 ", "오는 ", "올해 ", "올 ", "지난해 ", "내년 "];
        for (int m = 1; m <= 12; m++)
        {
            string month = m.ToString(CultureInfo.InvariantCulture) + "월";
            foreach (string p in monthPrefixes)
            {
                set.Add(p + month);
            }

            set.Add(month + " 말");
            set.Add(month + " 초");
            set.Add(month + " 중순");
            for (int d = 1; d <= 31; d++)
            {
                set.Add(month + " " + d.ToString(CultureInfo.InvariantCulture) + "일");
            }
        }

        string[] quarterPrefixes = ["", "올해 ", "올 ", "지난해 ", "작년 ", "내년 ", "지난 "];
        for (int q = 1; q <= 4; q++)
        {
            foreach (string p in quarterPrefixes)
            {
                set.Add(p + q.ToString(CultureInfo.InvariantCulture) + "분기");
            }

            set.Add(q.ToString(CultureInfo.InvariantCulture) + "Q");
        }

        foreach (string unit in new[] { "일", "주", "개월", "년" })
        {
            int max = unit == "일" ? 31 : unit == "년" ? 30 : 24;
            for (int n = 1; n <= max; n++)
            {
                string count = n.ToString(CultureInfo.InvariantCulture) + unit;
                foreach (string suffix in new[] { " 전", " 후", " 뒤", " 만에", "간", "째", " 연속", " 동안" })
                {
                    set.Add(count + suffix);
                }

                foreach (string prefix in new[] { "최근 ", "지난 ", "향후 ", "앞으로 " })
                {
                    set.Add(prefix + count + "간");
                }
            }
        }

        for (int y = 1990; y <= 2040; y++)
        {
            string year = y.ToString(CultureInfo.InvariantCulture) + "년";
            set.Add(year);
            set.Add(year + "부터");
            set.Add(year + "까지");
            set.Add(year + " 상반기");
            set.Add(year + " 하반기");
            set.Add(year + " 말");
            for (int q = 1; q <= 4; q++)
            {
                set.Add(year + " " + q.ToString(CultureInfo.InvariantCulture) + "분기");
            }

            for (int m = 1; m <= 12; m++)
            {
                set.Add(year + " " + m.ToString(CultureInfo.InvariantCulture) + "월");
            }
        }

        var table = new string?[16384];
        int mask = table.Length - 1;
        foreach (string s in set)
        {
            if (s.Length > MaxLength)
            {
                continue;
            }

            int i = (int)Hash(s) & mask;
            while (table[i] is not null)
            {
                i = (i + 1) & mask;
            }

            table[i] = s;
        }

        return table;
    }
}
