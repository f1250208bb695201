using System.Reflection;
using KoNewsParse.Articles;
using KoNewsParse.ML;
using PublicApiGenerator;

namespace KoNewsParse.Tests.PublicApi;

/// <summary>
/// Pins the public API of the published packages so that every API change is deliberate: the generated API must equal
/// the checked-in <c>*.approved.txt</c>. On a mismatch a <c>*.received.txt</c> is written next to it.
/// To approve the current API: <c>KONEWS_APPROVE=1 dotnet test tests/KoNewsParse.Tests --filter "FullyQualifiedName~PublicApi"</c>.
/// </summary>
public class PublicApiApprovalTests
{
    private const string ApproveVariable = "KONEWS_APPROVE";

    public static TheoryData<string> Packages => new() { "KoNewsParse", "KoNewsParse.ML" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_api_matches_the_approved_snapshot(string package)
    {
        Assembly assembly = package switch
        {
            "KoNewsParse" => typeof(ArticleParser).Assembly,
            "KoNewsParse.ML" => typeof(KoNewsMl).Assembly,
            _ => throw new ArgumentOutOfRangeException(nameof(package), package, "unknown package"),
        };

        string received = Normalize(assembly.GeneratePublicApi(Options));
        string folder = SnapshotFolder();
        string approvedPath = Path.Combine(folder, $"{package}.approved.txt");
        string receivedPath = Path.Combine(folder, $"{package}.received.txt");

        if (Environment.GetEnvironmentVariable(ApproveVariable) is "1" or "true")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        string? approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of {package} changed (or {approvedPath} is missing).{Environment.NewLine}" +
            $"Compare {approvedPath}{Environment.NewLine}   with {receivedPath}{Environment.NewLine}" +
            $"If the change is intended, approve it with:{Environment.NewLine}" +
            $"  {ApproveVariable}=1 dotnet test tests/KoNewsParse.Tests --filter \"FullyQualifiedName~PublicApi\"{Environment.NewLine}" +
            $"and commit the .approved.txt (first difference: {FirstDifference(approved ?? string.Empty, received)}).");
    }

    [Fact]
    public void Snapshot_text_ignores_line_endings_and_trailing_whitespace()
    {
        Assert.Equal("a\nb\n", Normalize("a  \r\nb\r\n\r\n"));
        Assert.NotEqual(Normalize("public void M(int x) { }"), Normalize("public void M(long x) { }"));
    }

    private static ApiGeneratorOptions Options => new()
    {
        // Friend assemblies are an implementation detail, not public API.
        ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
    };

    internal static string Normalize(string text)
    {
        IEnumerable<string> lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static string FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n');
        string[] r = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < r.Length ? r[i] : "<end>";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"line {i + 1}: approved `{left.Trim()}` vs received `{right.Trim()}`";
            }
        }

        return "none";
    }

    /// <summary>The source folder of this test (found from the repository root, so it also works with path maps in CI builds).</summary>
    private static string SnapshotFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoNewsParse.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "KoNewsParse.Tests", "PublicApi");
            }
        }

        throw new DirectoryNotFoundException($"KoNewsParse.sln not found above {AppContext.BaseDirectory}");
    }
}
