using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KoNewsParse.Benchmarks.Corpus;

/// <summary>The corpus sizes the benchmarks run on.</summary>
public enum CorpusSize
{
    /// <summary>About 10 KB of UTF-8 (a few articles): used side by side with Microsoft.Recognizers.Text.</summary>
    Kb10,

    /// <summary>About 1 MB of UTF-8: the "1×" corpus.</summary>
    Mb1,

    /// <summary>About 10 MB of UTF-8: the "10×" corpus for scaling.</summary>
    Mb10,

    /// <summary>About 30 MB of UTF-8 (dup-scaling --curve only).</summary>
    Mb30,

    /// <summary>About 100 MB of UTF-8 (dup-scaling --curve only).</summary>
    Mb100,
}

/// <summary>Counts of what the generator planted, for the documentation of corpus density.</summary>
public sealed record CorpusStats(int Money, int Dates, int Quantities, int Companies, int ExactDuplicates, int NearDuplicates, int Boilerplate, int Syndicated);

/// <summary>A generated news-like corpus.</summary>
public sealed class NewsCorpus
{
    /// <summary>The sizes the BenchmarkDotNet suites and the corpus manifest use (30 and 100 MB are for dup-scaling --curve only).</summary>
    public static readonly CorpusSize[] SuiteSizes = [CorpusSize.Kb10, CorpusSize.Mb1, CorpusSize.Mb10];

    /// <summary>The fixed seed: every run and every machine sees the same bytes.</summary>
    public const ulong Seed = 0x4B6F4E657773UL; // "KoNews"

    private static readonly Lock CacheLock = new();
    private static readonly Dictionary<CorpusSize, NewsCorpus> Cache = [];

    private NewsCorpus(CorpusSize size, string[] articles, CorpusStats stats)
    {
        Size = size;
        Articles = articles;
        Text = string.Join("\n\n", articles);
        ArticleParagraphs = [.. articles.Select(a => a.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        Paragraphs = [.. ArticleParagraphs.SelectMany(p => p)];
        Utf8Bytes = Encoding.UTF8.GetByteCount(Text);
        Stats = stats;
    }

    /// <summary>The nominal size.</summary>
    public CorpusSize Size { get; }

    /// <summary>The articles (each: headline, dateline, byline, body, boilerplate tail), LF line endings.</summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>All articles joined by a blank line.</summary>
    public string Text { get; }

    /// <summary>The non-empty lines of each article.</summary>
    public IReadOnlyList<string[]> ArticleParagraphs { get; }

    /// <summary>Every non-empty line of every article.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>UTF-8 size of <see cref="Text"/>.</summary>
    public long Utf8Bytes { get; }

    /// <summary>What was planted.</summary>
    public CorpusStats Stats { get; }

    /// <summary>SHA-256 of the UTF-8 text (first 16 hex digits), to show the corpus is deterministic.</summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..16];

    /// <summary>The target size in UTF-8 bytes.</summary>
    public static int TargetBytes(CorpusSize size) => size switch
    {
        CorpusSize.Kb10 => 10 * 1024,
        CorpusSize.Mb1 => 1024 * 1024,
        CorpusSize.Mb30 => 30 * 1024 * 1024,
        CorpusSize.Mb100 => 100 * 1024 * 1024,
        _ => 10 * 1024 * 1024,
    };

    /// <summary>The corpus of <paramref name="size"/> (generated once per process, then cached).</summary>
    public static NewsCorpus Get(CorpusSize size)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(size, out NewsCorpus? corpus))
            {
                corpus = Generate(size);
                Cache[size] = corpus;
            }

            return corpus;
        }
    }

    /// <summary>Generates as many whole articles as fit in <see cref="TargetBytes"/> UTF-8 bytes (articles joined by a blank
    /// line) with <see cref="Seed"/>. Smaller corpora are prefixes of larger ones.</summary>
    public static NewsCorpus Generate(CorpusSize size)
    {
        var generator = new ArticleGenerator(Seed);
        var articles = new List<string>();
        long bytes = 0;
        int target = TargetBytes(size);
        CorpusStats stats = generator.Stats;
        while (true)
        {
            string article = generator.NextArticle();
            long next = bytes + Encoding.UTF8.GetByteCount(article) + (articles.Count > 0 ? 2 : 0);
            if (next > target && articles.Count > 0)
            {
                break;
            }

            articles.Add(article);
            bytes = next;
            stats = generator.Stats; // what the accepted articles planted (the rejected last one is not counted)
        }

        return new NewsCorpus(size, [.. articles], stats);
    }

    /// <summary>A human-readable label (10 KB, 1 MB, 10 MB).</summary>
    public static string Label(CorpusSize size) => size switch
    {
        CorpusSize.Kb10 => "10 KB",
        CorpusSize.Mb1 => "1 MB",
        CorpusSize.Mb30 => "30 MB",
        CorpusSize.Mb100 => "100 MB",
        _ => "10 MB",
    };

    private sealed class ArticleGenerator(ulong seed)
    {
        private readonly SplitMix64 _rng = new(seed);
        private readonly List<string> _recentBodies = [];
        private int _articleNo;
        private int _money, _dates, _quantities, _companies, _exact, _near, _boilerplate, _syndicated;

        public CorpusStats Stats => new(_money, _dates, _quantities, _companies, _exact, _near, _boilerplate, _syndicated);

        public string NextArticle()
        {
            _articleNo++;
            var sb = new StringBuilder(3000);
            string agency = _rng.Pick(NewsVocabulary.Agencies);
            string domain = NewsVocabulary.Domains[Array.IndexOf(NewsVocabulary.Agencies, agency)];
            string reporter = _rng.Pick(NewsVocabulary.Reporters);
            string lead = _rng.Pick(NewsVocabulary.Companies);
            string second = _rng.Pick(NewsVocabulary.Companies);

            sb.Append(Fill(_rng.Pick(NewsVocabulary.Headlines), lead, second, agency)).Append('\n');
            AppendDateline(sb);

            sb.Append('(').Append(_rng.Pick(NewsVocabulary.Cities)).Append('=').Append(agency).Append(") ").Append(reporter).Append(" 기자 = ");
            var body = new List<string>();
            int paragraphs = _rng.Range(4, 9);
            for (int p = 0; p < paragraphs; p++)
            {
                string paragraph = Paragraph(_rng.Chance(0.7) ? lead : _rng.Pick(NewsVocabulary.Companies), second, agency);
                body.Add(paragraph);
                if (p > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(paragraph).Append('\n');
                if (p == 1 && _rng.Chance(0.35))
                {
                    sb.Append(Fill(_rng.Pick(NewsVocabulary.Captions), lead, second, agency)).Append('\n');
                    _boilerplate++;
                }
            }

            // scraping artefacts: a paragraph repeated verbatim, or repeated with a small edit
            if (_rng.Chance(0.25))
            {
                sb.Append('\n').Append(body[_rng.Next(body.Count)]).Append('\n');
                _exact++;
            }

            if (_rng.Chance(0.2))
            {
                sb.Append('\n').Append(NearCopy(body[_rng.Next(body.Count)])).Append('\n');
                _near++;
            }

            // syndication: a paragraph of an earlier article republished
            if (_recentBodies.Count > 0 && _rng.Chance(0.15))
            {
                sb.Append('\n').Append(_rng.Pick(_recentBodies)).Append('\n');
                _syndicated++;
            }

            sb.Append('\n').Append(reporter).Append(" 기자 ").Append(Romanize(reporter)).Append('@').Append(domain).Append('\n');
            sb.Append(Fill(_rng.Pick(NewsVocabulary.Tails), lead, second, agency)).Append('\n');
            _boilerplate += 2;
            int related = _rng.Range(0, 3);
            for (int r = 0; r < related; r++)
            {
                sb.Append(Fill(_rng.Pick(NewsVocabulary.Related), lead, second, agency)).Append('\n');
                _boilerplate++;
            }

            _recentBodies.Add(body[0]);
            if (_recentBodies.Count > 50)
            {
                _recentBodies.RemoveAt(0);
            }

            return sb.ToString().TrimEnd('\n');
        }

        private void AppendDateline(StringBuilder sb)
        {
            int day = 1 + (_articleNo * 7 % 28);
            int hour = _rng.Range(6, 22), minute = _rng.Range(0, 59);
            var inv = CultureInfo.InvariantCulture;
            switch (_rng.Next(3))
            {
                case 0:
                    sb.Append(inv, $"입력 2026.11.{day:00} {hour:00}:{minute:00} | 수정 2026.11.{day:00} {Math.Min(hour + 1, 23):00}:{minute:00}\n");
                    break;
                case 1:
                    sb.Append(inv, $"기사입력 2026-11-{day:00} {(hour < 12 ? "오전" : "오후")} {(hour % 12 == 0 ? 12 : hour % 12)}:{minute:00}\n");
                    break;
                default:
                    sb.Append(inv, $"승인 2026.11.{day:00} {hour:00}:{minute:00}\n");
                    break;
            }
        }

        private string Paragraph(string company, string second, string agency)
        {
            int sentences = _rng.Range(1, 3);
            var sb = new StringBuilder();
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(Fill(_rng.Pick(NewsVocabulary.Sentences), company, second, agency));
            }

            return sb.ToString();
        }

        private string NearCopy(string paragraph)
        {
            // change the closing verb or drop a trailing word: similar but not identical
            foreach (string ending in NewsVocabulary.NearDupEdits)
            {
                if (paragraph.EndsWith(ending, StringComparison.Ordinal))
                {
                    return string.Concat(paragraph.AsSpan(0, paragraph.Length - ending.Length), _rng.Pick(NewsVocabulary.NearDupEdits));
                }
            }

            return paragraph.EndsWith('.') ? string.Concat(paragraph.AsSpan(0, paragraph.Length - 1), "는 설명이다.") : paragraph + " (종합)";
        }

        private string Fill(string template, string company, string second, string agency)
        {
            var sb = new StringBuilder(template.Length + 64);
            int i = 0;
            while (i < template.Length)
            {
                int open = template.IndexOf('{', i);
                if (open < 0)
                {
                    sb.Append(template, i, template.Length - i);
                    break;
                }

                sb.Append(template, i, open - i);
                int close = template.IndexOf('}', open);
                string slot = template[(open + 1)..close];
                switch (slot)
                {
                    case "C":
                        sb.Append(company);
                        _companies++;
                        break;
                    case "C2":
                        sb.Append(second == company ? _rng.Pick(NewsVocabulary.Companies) : second);
                        _companies++;
                        break;
                    case "A":
                        sb.Append(agency);
                        break;
                    case "M":
                        sb.Append(Money());
                        _money++;
                        break;
                    case "D":
                        sb.Append(Date());
                        _dates++;
                        break;
                    case "N" or "F" or "H" or "Z" or "Q":
                        sb.Append(Count(slot[0]));
                        _quantities++;
                        break;
                    case "P":
                        sb.Append(Percent());
                        _quantities++;
                        break;
                    case "K":
                        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{_rng.Range(20, 9000) * 50:N0}원"));
                        _money++;
                        break;
                    case "X":
                        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{_rng.Range(1280, 1490):N0}원"));
                        _money++;
                        break;
                    case "U":
                        int usdMan = _rng.Range(100, 90000);
                        decimal krwEok = Math.Round(usdMan * 1380m / 10000m); // at about 1,380 won per dollar
                        string usd = usdMan >= 10000
                            ? string.Create(CultureInfo.InvariantCulture, $"{usdMan / 10000}억{(usdMan % 10000 == 0 ? string.Empty : $"{usdMan % 10000}만")}달러")
                            : string.Create(CultureInfo.InvariantCulture, $"{usdMan}만달러");
                        string krw = krwEok >= 10000
                            ? string.Create(CultureInfo.InvariantCulture, $"{krwEok / 10000:0}조{(krwEok % 10000 == 0 ? string.Empty : $"{krwEok % 10000:0}억")}원")
                            : string.Create(CultureInfo.InvariantCulture, $"{krwEok:0}억원");
                        sb.Append(usd).Append("(약 ").Append(krw).Append(')');
                        _money++;
                        break;
                    case "S":
                        sb.Append(_rng.Pick(NewsVocabulary.Sectors));
                        break;
                    case "R":
                        sb.Append(_rng.Pick(NewsVocabulary.Products));
                        break;
                    case "W":
                        sb.Append(company).Append(' ').Append(_rng.Pick(NewsVocabulary.People));
                        _companies++;
                        break;
                    default:
                        sb.Append(slot);
                        break;
                }

                i = close + 1;
                i = AppendParticle(sb, template, i);
            }

            return sb.ToString();
        }

        private static readonly (string WithFinal, string WithoutFinal)[] Particles =
            [("으로", "로"), ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와")];

        /// <summary>Writes the particle that follows a slot in the form that agrees with the slot's last sound.</summary>
        private static int AppendParticle(StringBuilder sb, string template, int i)
        {
            foreach ((string withFinal, string withoutFinal) in Particles)
            {
                string? found = template.AsSpan(i).StartsWith(withFinal, StringComparison.Ordinal) ? withFinal
                    : template.AsSpan(i).StartsWith(withoutFinal, StringComparison.Ordinal) ? withoutFinal : null;
                if (found is null || (found == "이" && (template.AsSpan(i).StartsWith("이날", StringComparison.Ordinal) || template.AsSpan(i).StartsWith("이다", StringComparison.Ordinal))))
                {
                    continue;
                }

                int final = FinalSound(sb);
                bool useFinalForm = withFinal == "으로" ? final is 1 : final is 1 or 2;
                sb.Append(useFinalForm ? withFinal : withoutFinal);
                return i + found.Length;
            }

            return i;
        }

        /// <summary>0: ends in a vowel, 1: ends in a consonant other than ㄹ, 2: ends in ㄹ.</summary>
        private static int FinalSound(StringBuilder sb)
        {
            int j = sb.Length - 1;
            if (j >= 0 && sb[j] == ')')
            {
                // 최고경영자(CEO) reads as 최고경영자: look before the parenthesis
                while (j >= 0 && sb[j] != '(')
                {
                    j--;
                }

                j--;
            }

            if (j < 0)
            {
                return 0;
            }

            char c = sb[j];
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                int jong = (c - 0xAC00) % 28;
                return jong == 0 ? 0 : jong == 8 ? 2 : 1;
            }

            return char.ToUpperInvariant(c) switch
            {
                'L' or 'R' or '1' or '7' or '8' => 2, // 엘, 알, 일, 칠, 팔
                'M' or 'N' or '0' or '3' or '6' => 1, // 엠, 엔, 영, 삼, 육
                _ => 0,
            };
        }

        private string Money()
        {
            var inv = CultureInfo.InvariantCulture;
            SplitMix64 r = _rng;
            return r.Next(20) switch
            {
                0 or 1 or 2 => string.Create(inv, $"{r.Range(1, 9999)}억원"),
                3 => string.Create(inv, $"{r.Range(1, 30)}조{r.Range(1, 9) * 1000}억원"),
                4 => string.Create(inv, $"{r.Range(1, 12)}조{r.Range(1, 9999):N0}억원"),
                5 => string.Create(inv, $"{r.Range(1, 9999)}만원"),
                6 => string.Create(inv, $"{r.Range(100, 999_999):N0}원"),
                7 => string.Create(inv, $"{r.Range(1, 9999)}만달러"),
                8 => string.Create(inv, $"{r.Range(1, 500)}억 달러"),
                9 => string.Create(inv, $"{r.Range(1, 99)}.{r.Range(1, 9)}억달러"),
                10 => string.Create(inv, $"약 {r.Range(10, 9999)}억원"),
                11 => string.Create(inv, $"{r.Range(1, 9)}천억원"),
                12 => string.Create(inv, $"{r.Range(1, 9)}억{r.Range(1, 9)}천만원"),
                13 => string.Create(inv, $"{r.Range(1, 99)}.{r.Range(1, 9)}조원"),
                14 => r.Chance(0.5) ? "수백억원" : "수천억원대",
                15 => string.Create(inv, $"{r.Range(1, 50) * 10}억~{r.Range(51, 99) * 10}억원"),
                16 => string.Create(inv, $"{r.Range(1, 999)}억엔"),
                17 => string.Create(inv, $"{r.Range(1, 9999)}만유로"),
                18 => string.Create(inv, $"{r.Range(10, 999)}여억원"),
                _ => string.Create(inv, $"{r.Range(1, 9999):N0}억 원"),
            };
        }

        private string Date()
        {
            var inv = CultureInfo.InvariantCulture;
            SplitMix64 r = _rng;
            return r.Next(14) switch
            {
                0 => string.Create(inv, $"지난 {r.Range(1, 28)}일"),
                1 => string.Create(inv, $"오는 {r.Range(1, 28)}일"),
                2 => string.Create(inv, $"{r.Range(1, 12)}월 {r.Range(1, 28)}일"),
                3 => string.Create(inv, $"2026년 {r.Range(1, 12)}월 {r.Range(1, 28)}일"),
                4 => string.Create(inv, $"올해 {r.Range(1, 4)}분기"),
                5 => string.Create(inv, $"지난해 {r.Range(1, 4)}분기"),
                6 => r.Chance(0.5) ? "내년 상반기" : "올해 하반기",
                7 => "전날",
                8 => "이날",
                9 => string.Create(inv, $"{r.Range(1, 28)}일 오후 {r.Range(1, 6)}시"),
                10 => string.Create(inv, $"다음 달 {r.Range(1, 28)}일"),
                11 => "지난달",
                12 => string.Create(inv, $"{r.Range(2019, 2027)}년"),
                _ => string.Create(inv, $"{r.Range(1, 12)}월 말"),
            };
        }

        private string Count(char kind)
        {
            var inv = CultureInfo.InvariantCulture;
            SplitMix64 r = _rng;
            return kind switch
            {
                'N' => r.Chance(0.3) ? string.Create(inv, $"{r.Range(10, 900)}여명") : string.Create(inv, $"{r.Range(10, 20000):N0}명"),
                'F' => r.Chance(0.5) ? string.Create(inv, $"{r.Range(2, 900)}여개") : string.Create(inv, $"{r.Range(2, 90)}곳"),
                'H' => r.Chance(0.5) ? string.Create(inv, $"{r.Range(1, 999)}만주") : string.Create(inv, $"{r.Range(1000, 999_999):N0}주"),
                'Z' => string.Create(inv, $"{r.Range(2, 900)}대 1"),
                _ => string.Create(inv, $"{r.Range(1, 30)}.{r.Range(0, 9)}배"),
            };
        }

        private string Percent()
        {
            var inv = CultureInfo.InvariantCulture;
            SplitMix64 r = _rng;
            return r.Next(4) switch
            {
                0 => string.Create(inv, $"{r.Range(1, 99)}%"),
                1 => string.Create(inv, $"{r.Range(0, 40)}.{r.Range(1, 99)}%"),
                2 => string.Create(inv, $"{r.Range(0, 5)}.{r.Range(1, 9)}%p"),
                _ => string.Create(inv, $"{r.Range(1, 60)}% 안팎"),
            };
        }

        private static string Romanize(string name) => name switch
        {
            "김하늘" => "sky.kim",
            "이도윤" => "doyun",
            "박서연" => "sy.park",
            "정민재" => "mjjung",
            "최유나" => "yuna",
            "한지호" => "jiho.han",
            "윤세아" => "sea",
            "강태오" => "taeo",
            "오지민" => "jimin.oh",
            _ => "daon",
        };
    }
}
