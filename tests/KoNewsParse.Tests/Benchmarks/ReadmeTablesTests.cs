using System.Text.RegularExpressions;

namespace KoNewsParse.Tests.Benchmarks;

/// <summary>
/// Guards README.md's benchmark block (written by <c>benchmarks/scripts/bench_tables.py</c> between
/// <c>&lt;!-- bench:start --&gt;</c> and <c>&lt;!-- bench:end --&gt;</c>): it must exist, every table in it must be a
/// well-formed Markdown table, and the throughput and scaling tables must have a row for every capability.
/// </summary>
public sealed class ReadmeTablesTests
{
    private const string ValidBlock = """
        intro
        <!-- bench:start -->
        text

        | Capability | Mean | MB/s | Allocated |
        | --- | ---: | ---: | ---: |
        | Money | 1 ms | 100 | 0 B |
        | Quantities | 1 ms | 100 | 0 B |
        | Dates | 1 ms | 100 | 0 B |
        | Companies | 1 ms | 100 | 0 B |
        | Duplicates exact | 1 ms | 100 | 0 B |
        | Duplicates near | 1 ms | 100 | 0 B |
        | Boilerplate | 1 ms | 100 | 0 B |
        | Pipeline | 1 ms | 100 | 0 B |

        | Capability | 1× | 10× |
        | --- | ---: | ---: |
        | Money | 1 | 10 |
        | Quantities | 1 | 10 |
        | Dates | 1 | 10 |
        | Companies | 1 | 10 |
        | Duplicates exact | 1 | 10 |
        | Duplicates near | 1 | 10 |
        | Boilerplate | 1 | 10 |
        | Pipeline | 1 | 10 |

        | Implementation | Mean |
        | --- | ---: |
        | Recognizers Korean currency model | 1 s |

        | Library | Correct | Traps rejected |
        | --- | ---: | ---: |
        | KoNewsParse | 1 / 2 | 1 / 1 |
        <!-- bench:end -->
        outro
        """;

    public static TheoryData<string, string, string> BrokenBlocks => new()
    {
        { "no start marker", "<!-- bench:start -->", "markers" },
        { "no end marker", "<!-- bench:end -->", "markers" },
        { "a row with a missing cell", "| Dates | 1 ms | 100 | 0 B |", "columns" },
        { "no header separator", "| --- | ---: | ---: | ---: |", "separator" },
        { "no pipeline row", "| Pipeline | 1 ms | 100 | 0 B |", "Pipeline" },
        { "no near-duplicate row", "| Duplicates near | 1 | 10 |", "Duplicates near" },
        { "no Recognizers row", "| Recognizers Korean currency model | 1 s |", "Recognizers" },
        { "no accuracy table", "| KoNewsParse | 1 / 2 | 1 / 1 |", "accuracy" },
    };

    [Fact]
    public void Readme_benchmark_block_is_well_formed_and_has_a_row_for_every_capability()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        IReadOnlyList<string> problems = ReadmeBenchmarkBlock.Validate(readme);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_complete_block_passes_validation()
    {
        Assert.Empty(ReadmeBenchmarkBlock.Validate(ValidBlock));
    }

    [Theory]
    [MemberData(nameof(BrokenBlocks))]
    public void A_broken_block_is_reported(string what, string line, string expectedProblem)
    {
        string broken = line switch
        {
            "| Dates | 1 ms | 100 | 0 B |" => ValidBlock.Replace(line, "| Dates | 1 ms | 100 |", StringComparison.Ordinal),
            _ => RemoveLine(ValidBlock, line),
        };
        Assert.NotEqual(ValidBlock, broken);

        IReadOnlyList<string> problems = ReadmeBenchmarkBlock.Validate(broken);

        Assert.True(problems.Any(p => p.Contains(expectedProblem, StringComparison.OrdinalIgnoreCase)), $"{what}: got [{string.Join("; ", problems)}]");
    }

    [Fact]
    public void Escaped_pipes_inside_cells_do_not_count_as_column_separators()
    {
        string block = ValidBlock.Replace("| Money | 1 ms | 100 | 0 B |", @"| Money | 1 ms \| cold | 100 | 0 B |", StringComparison.Ordinal);

        Assert.Empty(ReadmeBenchmarkBlock.Validate(block));
    }

    private static string RemoveLine(string text, string line) =>
        string.Join('\n', text.Split('\n').Where(l => !string.Equals(l.Trim(), line, StringComparison.Ordinal)));

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoNewsParse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KoNewsParse.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Validates the README benchmark block; returns human-readable problems (empty when valid).</summary>
internal static partial class ReadmeBenchmarkBlock
{
    public const string Start = "<!-- bench:start -->";
    public const string End = "<!-- bench:end -->";

    public static readonly string[] Capabilities =
        ["Money", "Quantities", "Dates", "Companies", "Duplicates exact", "Duplicates near", "Boilerplate", "Pipeline"];

    public static IReadOnlyList<string> Validate(string markdown)
    {
        var problems = new List<string>();
        int start = markdown.IndexOf(Start, StringComparison.Ordinal);
        int end = markdown.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < 0 || end < start
            || markdown.IndexOf(Start, start + 1, StringComparison.Ordinal) >= 0
            || markdown.IndexOf(End, end + 1, StringComparison.Ordinal) >= 0)
        {
            problems.Add($"exactly one {Start} followed by one {End} is required (markers missing or out of order)");
            return problems;
        }

        string block = markdown[(start + Start.Length)..end];
        List<List<string[]>> tables = ReadTables(block);
        if (tables.Count == 0)
        {
            problems.Add("the block contains no table");
            return problems;
        }

        foreach (List<string[]> t in tables)
        {
            string name = string.Join(" | ", t[0]);
            if (t.Count < 2 || !t[1].All(c => SeparatorCell().IsMatch(c)))
            {
                problems.Add($"table '{name}' has no header separator row (| --- | ---: |)");
                continue;
            }

            if (t.Count < 3)
            {
                problems.Add($"table '{name}' has no data rows");
            }

            for (int r = 1; r < t.Count; r++)
            {
                if (t[r].Length != t[0].Length)
                {
                    problems.Add($"table '{name}' row {r} has {t[r].Length} columns, the header has {t[0].Length}");
                }
            }
        }

        RequireCapabilityRows(tables, h => h.Contains("MB/s", StringComparer.Ordinal), "throughput (MB/s)", problems);
        RequireCapabilityRows(tables, h => h.Any(c => c.Contains("10×", StringComparison.Ordinal)), "scaling (10×)", problems);
        if (!tables.Any(t => t.Skip(2).Any(r => r[0].Contains("Recognizers", StringComparison.Ordinal))))
        {
            problems.Add("no table row for Microsoft.Recognizers (the competitor comparison)");
        }

        if (!tables.Any(t => t[0].Contains("Allocated", StringComparer.Ordinal)))
        {
            problems.Add("no table with an Allocated column");
        }

        if (!tables.Any(t => t.Count > 2 && t[0].Any(c => c.Contains("Traps", StringComparison.Ordinal))))
        {
            problems.Add("no accuracy table (a table with a Traps column and data rows)");
        }

        return problems;
    }

    private static void RequireCapabilityRows(List<List<string[]>> tables, Func<string[], bool> isTable, string what, List<string> problems)
    {
        List<string[]>? table = tables.FirstOrDefault(t => string.Equals(t[0][0], "Capability", StringComparison.Ordinal) && isTable(t[0]));
        if (table is null)
        {
            problems.Add($"no {what} table with a Capability column");
            return;
        }

        var rows = table.Skip(2).Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (string capability in Capabilities.Where(c => !rows.Contains(c)))
        {
            problems.Add($"the {what} table has no row for {capability}");
        }
    }

    /// <summary>Consecutive lines starting with '|' form a table; cells are split on unescaped pipes.</summary>
    private static List<List<string[]>> ReadTables(string block)
    {
        var tables = new List<List<string[]>>();
        List<string[]>? current = null;
        foreach (string raw in block.Split('\n'))
        {
            string line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                tables.Add(current);
            }

            string inner = line.EndsWith('|') && !line.EndsWith(@"\|", StringComparison.Ordinal) ? line[1..^1] : line[1..];
            current.Add([.. UnescapedPipe().Split(inner).Select(c => c.Trim())]);
        }

        return tables;
    }

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
