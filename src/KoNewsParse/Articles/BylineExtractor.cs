namespace KoNewsParse.Articles;

/// <summary>
/// Extracts the reporter byline from common Korean layouts: <c>홍길동 기자 gildong@example.co.kr</c>,
/// <c>(서울=연합뉴스) 홍길동 기자 =</c>, <c>[이코노미 홍길동 기자]</c>, <c>홍길동·김철수 기자</c>, <c>홍길동 선임기자</c>,
/// <c>홍길동 특파원</c>. Never throws.
/// </summary>
public static class BylineExtractor
{
    private const int MaxBylineLineLength = 120;

    private static readonly string[] Roles = ["기자", "특파원", "통신원", "객원기자", "선임기자", "수석기자", "전문기자", "인턴기자", "편집위원", "논설위원"];

    private static readonly HashSet<string> NotNames =
    [
        "사진", "영상", "취재", "온라인", "디지털", "본지", "경제", "정치", "사회", "국제", "산업", "증권", "금융", "편집", "그래픽",
        "뉴스", "담당", "해당", "현장", "모든", "여러", "다른", "이번", "전문", "선임", "수석", "인턴", "객원", "일선", "출입",
    ];

    /// <summary>Extracts the byline from a whole article.</summary>
    /// <param name="text">The (normalized) article text.</param>
    /// <returns>The byline, or <see langword="null"/>.</returns>
    public static Byline? Extract(string? text) => Extract((text ?? string.Empty).AsSpan());

    /// <summary>Extracts the byline from a whole article.</summary>
    /// <param name="text">The (normalized) article text.</param>
    /// <returns>The byline, or <see langword="null"/>.</returns>
    public static Byline? Extract(ReadOnlySpan<char> text)
    {
        Byline? best = null;
        string? looseEmail = null;
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text[pos..].IndexOf('\n');
            int end = nl < 0 ? text.Length : pos + nl;
            ReadOnlySpan<char> line = text[pos..end].Trim();
            if (!line.IsEmpty)
            {
                Byline? found = TryParseLine(line);
                if (found is not null)
                {
                    if (found.Email is null && best is null)
                    {
                        // the e-mail is often on the next line on its own
                        int nextEnd = nl < 0 ? -1 : text[(end + 1)..].IndexOf('\n');
                        ReadOnlySpan<char> next = nl < 0 ? default : (nextEnd < 0 ? text[(end + 1)..] : text[(end + 1)..(end + 1 + nextEnd)]).Trim();
                        string? email = OnlyEmail(next);
                        if (email is not null)
                        {
                            found = found with { Email = email };
                        }
                    }

                    if (best is null)
                    {
                        best = found;
                    }
                    else if (best.Email is null && found.Email is not null && (best.Name is null || best.Name == found.Name))
                    {
                        // "(서울=연합뉴스) 홍길동 기자 = …" at the top, "홍길동 기자 gildong@…" at the bottom
                        best = best with { Email = found.Email };
                    }
                }
                else if (looseEmail is null && line.Length <= 60)
                {
                    looseEmail = OnlyEmail(line);
                }
            }

            if (nl < 0)
            {
                break;
            }

            pos = end + 1;
        }

        if (best is not null && best.Email is null && looseEmail is not null)
        {
            best = best with { Email = looseEmail };
        }

        return best ?? (looseEmail is null ? null : new Byline(null, looseEmail));
    }

    /// <summary>Parses one line as a byline.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The byline, or <see langword="null"/> when the line is not one.</returns>
    public static Byline? TryParseLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        string? agency = null, location = null;
        int p = 0;
        bool agencyForm = false;
        if (line.Length > 0 && line[0] is '(' or '[')
        {
            char close = line[0] == '(' ? ')' : ']';
            int c = line.IndexOf(close);
            if (c > 1 && c < 40)
            {
                ReadOnlySpan<char> inner = line[1..c].Trim();
                int eq = inner.IndexOf('=');
                if (eq > 0)
                {
                    location = inner[..eq].Trim().ToString();
                    agency = inner[(eq + 1)..].Trim().ToString();
                    agencyForm = true;
                    p = c + 1;
                }
            }
        }

        if (!agencyForm && line.Length > MaxBylineLineLength)
        {
            return null;
        }

        ReadOnlySpan<char> rest = line[p..];
        for (int k = 0; k < rest.Length; k++)
        {
            int roleLen = RoleAt(rest, k);
            if (roleLen == 0)
            {
                continue;
            }

            int after = k + roleLen;
            if (after < rest.Length && DatelineExtractor.IsHangul(rest[after]))
            {
                continue; // 기자회견, 기자들, 기자는 …
            }

            // the name(s) right before the role, e.g. "홍길동 기자", "홍길동·김철수 기자", "[매체 홍길동 기자]"
            int nameEnd = k;
            while (nameEnd > 0 && rest[nameEnd - 1] == ' ')
            {
                nameEnd--;
            }

            int nameStart = nameEnd;
            while (nameStart > 0 && (DatelineExtractor.IsHangul(rest[nameStart - 1]) || rest[nameStart - 1] is '·' or ','))
            {
                nameStart--;
            }

            ReadOnlySpan<char> names = rest[nameStart..nameEnd].Trim("·,");
            if (!IsNameList(names))
            {
                continue;
            }

            ReadOnlySpan<char> tail = rest[after..].TrimStart();
            bool terminated = tail.IsEmpty || tail[0] is '=' or ']' or ')' or '/' or '|' or '(' or '<' or '@' || tail.IndexOf('@') >= 0
                || char.IsAsciiLetter(tail[0]);
            bool shortLine = line.Length <= MaxBylineLineLength;
            if (!(agencyForm ? tail.StartsWith("=") || terminated : terminated && shortLine))
            {
                continue;
            }

            string? email = FindEmail(tail);
            return new Byline(names.ToString(), email) { Agency = agency, Location = location };
        }

        return null;
    }

    private static int RoleAt(ReadOnlySpan<char> s, int k)
    {
        foreach (string role in Roles)
        {
            if (s[k..].StartsWith(role, StringComparison.Ordinal))
            {
                // a compound role ("선임기자") must start a word; a plain role must follow a space or the name directly
                return role.Length;
            }
        }

        return 0;
    }

    private static bool IsNameList(ReadOnlySpan<char> names)
    {
        if (names.IsEmpty)
        {
            return false;
        }

        while (true)
        {
            int sep = names.IndexOfAny('·', ',');
            ReadOnlySpan<char> name = (sep < 0 ? names : names[..sep]).Trim();
            if (name.Length is < 2 or > 4 || NotNames.Contains(name.ToString()))
            {
                return false;
            }

            if (sep < 0)
            {
                return true;
            }

            names = names[(sep + 1)..];
        }
    }

    private static string? OnlyEmail(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> t = line.Trim().Trim("()<>[]").Trim();
        if (t.IsEmpty || t.Length > 80)
        {
            return null;
        }

        string? email = FindEmail(t);
        return email is not null && email.Length == t.Length ? email : null;
    }

    /// <summary>Finds the first e-mail address in <paramref name="s"/>.</summary>
    internal static string? FindEmail(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        while (at > 0)
        {
            int start = at;
            while (start > 0 && IsLocalChar(s[start - 1]))
            {
                start--;
            }

            int end = at + 1;
            while (end < s.Length && IsDomainChar(s[end]))
            {
                end++;
            }

            while (end > at + 1 && s[end - 1] == '.')
            {
                end--;
            }

            ReadOnlySpan<char> domain = s[(at + 1)..end];
            if (start < at && domain.IndexOf('.') > 0)
            {
                return s[start..end].ToString();
            }

            int next = s[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return null;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
