using System.Reflection;
using System.Runtime.Loader;
using Microsoft.ML;

namespace KoNewsParse.ML;

/// <summary>Entry point of the ML.NET integration: registration of the package's custom mappings.</summary>
public static class KoNewsMl
{
    /// <summary>The package's name.</summary>
    public const string PackageName = "KoNewsParse.ML";

    /// <summary>
    /// Registers this assembly's custom mapping factories with <paramref name="mlContext"/>, so that models containing the
    /// KoNewsParse featurizer or the paragraph classifier can be loaded with <c>mlContext.Model.Load</c>.
    /// Call it once per <see cref="MLContext"/> before loading; calling it again is harmless.
    /// </summary>
    /// <param name="mlContext">The ML.NET context.</param>
    /// <returns>The same context, for chaining.</returns>
    public static MLContext RegisterKoNews(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        VersionTolerantLoading.Ensure();
        mlContext.ComponentCatalog.RegisterAssembly(typeof(KoNewsMl).Assembly);
        return mlContext;
    }

    /// <summary>Registers the package with <paramref name="mlContext"/> and loads a model saved with <c>mlContext.Model.Save</c>.</summary>
    /// <param name="mlContext">The ML.NET context.</param>
    /// <param name="stream">The model stream (a zip written by <c>mlContext.Model.Save</c>).</param>
    /// <param name="inputSchema">The input schema stored with the model.</param>
    /// <returns>The loaded transformer.</returns>
    public static ITransformer LoadKoNewsModel(this MLContext mlContext, Stream stream, out DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        ArgumentNullException.ThrowIfNull(stream);
        mlContext.RegisterKoNews();
        return mlContext.Model.Load(stream, out inputSchema);
    }
}

/// <summary>
/// ML.NET stores the assembly-qualified name (with version) of custom mappings in a saved model. A model saved by one
/// version of this package must load with another, so requests for any version of KoNewsParse or KoNewsParse.ML are
/// answered with the assemblies that are loaded. Installed once per process.
/// </summary>
internal static class VersionTolerantLoading
{
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Ensure() => _ = Installed.Value;

    private static bool Install()
    {
        Assembly ml = typeof(KoNewsMl).Assembly;
        Assembly core = typeof(KoNewsParse.Articles.ArticleParser).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) =>
            name.Name == ml.GetName().Name ? ml : name.Name == core.GetName().Name ? core : null;
        return true;
    }
}
