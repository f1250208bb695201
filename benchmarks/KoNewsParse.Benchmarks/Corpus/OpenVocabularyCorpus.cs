using System.Globalization;
using System.Text;

namespace KoNewsParse.Benchmarks.Corpus;

/// <summary>
/// A corpus whose duplicate structure does not change with its size: every new paragraph is made of words drawn from a
/// large Zipf-distributed vocabulary (100,000 pseudo-words of one to three syllables, with particles and figures), so that
/// paragraphs share common words but almost never enough shingles to be similar by chance, and a fixed share of the
/// paragraphs are copies of earlier ones — 20% exact repeats and 10% rewrites (one to three word edits, a changed figure)
/// of a paragraph drawn uniformly from all before it. The number of near-duplicate pairs per paragraph is then the same at
/// 1× and 10×, unlike the news and template corpora, whose finite vocabularies make a larger corpus denser in similar
/// paragraphs. What it shows is the index's own scaling, separated from the data's.
/// </summary>
internal static class OpenVocabularyCorpus
{
    private const int VocabularySize = 100_000;

    private static readonly string[] Particles = ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "로", "와", "과", "도"];

    private static readonly string[] Endings = ["했다.", "됐다.", "이다.", "있다.", "밝혔다.", "전했다.", "나타났다."];

    private static readonly char[] Syllables = BuildSyllables();

    /// <summary>Articles of <paramref name="perArticle"/> paragraphs, <paramref name="paragraphs"/> in all, reproducible from <paramref name="seed"/>.</summary>
    public static (string Id, string[] Paragraphs)[] Articles(int paragraphs, int perArticle, int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = Vocabulary(new Random(7));
        double[] cumulative = ZipfCumulative(VocabularySize, exponent: 1.0);
        var all = new List<string>(paragraphs);
        for (int i = 0; i < paragraphs; i++)
        {
            int roll = random.Next(10);
            if (all.Count > 100 && roll < 2)
            {
                all.Add(all[random.Next(all.Count)]);
            }
            else if (all.Count > 100 && roll == 2)
            {
                all.Add(Rewrite(all[random.Next(all.Count)], random, vocabulary, cumulative));
            }
            else
            {
                all.Add(Paragraph(random, vocabulary, cumulative));
            }
        }

        return [.. all.Chunk(perArticle).Select((chunk, i) => ("o" + i.ToString("D8", CultureInfo.InvariantCulture), chunk))];
    }

    private static string Paragraph(Random random, string[] vocabulary, double[] cumulative)
    {
        var sb = new StringBuilder(256);
        int sentences = random.Next(2, 5);
        for (int s = 0; s < sentences; s++)
        {
            int words = random.Next(8, 15);
            for (int w = 0; w < words; w++)
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                AppendWord(sb, random, vocabulary, cumulative);
            }

            sb.Append(' ').Append(Endings[random.Next(Endings.Length)]);
        }

        return sb.ToString();
    }

    private static void AppendWord(StringBuilder sb, Random random, string[] vocabulary, double[] cumulative)
    {
        if (random.Next(12) == 0)
        {
            sb.Append(random.Next(1, 99_999).ToString(CultureInfo.InvariantCulture)).Append(random.Next(3) == 0 ? "억원" : "%");
            return;
        }

        sb.Append(vocabulary[Sample(random, cumulative)]);
        if (random.Next(5) < 2)
        {
            sb.Append(Particles[random.Next(Particles.Length)]);
        }
    }

    /// <summary>One to three word edits (replace, delete, insert) and, half the time, a changed figure.</summary>
    private static string Rewrite(string earlier, Random random, string[] vocabulary, double[] cumulative)
    {
        var words = earlier.Split(' ').ToList();
        int edits = random.Next(1, 4);
        var sb = new StringBuilder();
        for (int e = 0; e < edits && words.Count > 4; e++)
        {
            int at = random.Next(words.Count - 1);
            sb.Clear();
            AppendWord(sb, random, vocabulary, cumulative);
            switch (random.Next(3))
            {
                case 0:
                    words[at] = sb.ToString();
                    break;
                case 1:
                    words.RemoveAt(at);
                    break;
                default:
                    words.Insert(at, sb.ToString());
                    break;
            }
        }

        string text = string.Join(' ', words);
        return random.Next(2) == 0 ? text + " " + random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "일" : text;
    }

    private static string[] Vocabulary(Random random)
    {
        var words = new HashSet<string>(VocabularySize, StringComparer.Ordinal);
        var sb = new StringBuilder(3);
        while (words.Count < VocabularySize)
        {
            sb.Clear();
            int syllables = random.Next(3) switch { 0 => 1, 1 => 2, _ => 3 };
            for (int k = 0; k < syllables; k++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            words.Add(sb.ToString());
        }

        // Shuffled so that rank (frequency) does not follow word length.
        string[] list = [.. words];
        random.Shuffle(list);
        return list;
    }

    private static double[] ZipfCumulative(int n, double exponent)
    {
        var cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++)
        {
            sum += 1.0 / Math.Pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }

        for (int i = 0; i < n; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }

    private static int Sample(Random random, double[] cumulative)
    {
        int at = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
    }

    /// <summary>836 syllables from the Hangul block's regular grid (every initial, every other vowel, four finals).</summary>
    private static char[] BuildSyllables()
    {
        // 19 initial consonants × 11 of the 21 vowels, open and with ㄴ/ㄹ/ㅇ finals, by the Unicode composition formula
        // (0xAC00 + (initial × 21 + medial) × 28 + final).
        var list = new List<char>();
        foreach (int final in new[] { 0, 4, 8, 21 })
        {
            for (int initial = 0; initial < 19; initial++)
            {
                for (int medial = 0; medial < 21; medial += 2)
                {
                    list.Add((char)(0xAC00 + (((initial * 21) + medial) * 28) + final));
                }
            }
        }

        return [.. list];
    }
}
