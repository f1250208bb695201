using Microsoft.ML;
using Microsoft.ML.Data;

namespace KoNewsParse.ML.Featurization;

/// <summary>
/// Estimator of the KoNewsParse featurizer: from a text column it adds money, date, company, duplicate and boilerplate
/// columns (see <see cref="KoNewsColumns"/>). Create it with
/// <see cref="KoNewsTransformsCatalogExtensions.KoNewsFeaturize(TransformsCatalog, string, KoNewsFeaturizerOptions?)"/>.
/// </summary>
/// <remarks>
/// It is built from ML.NET's own saveable transforms: the options are stored as a value-mapping table inside the model and the
/// per-row work is a registered custom mapping (<see cref="KoNewsFeaturizerFactory"/>), so the fitted transformer survives
/// <c>mlContext.Model.Save</c>/<c>Load</c> (call <see cref="KoNewsMl.RegisterKoNews"/> on the loading context first).
/// </remarks>
public sealed class KoNewsFeaturizerEstimator : IEstimator<KoNewsFeaturizerTransformer>
{
    private readonly IEstimator<ITransformer> _chain;

    internal KoNewsFeaturizerEstimator(TransformsCatalog catalog, string inputColumnName, KoNewsFeaturizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        InputColumnName = inputColumnName;
        Options = options;
        _chain = BuildChain(catalog, inputColumnName, options);
    }

    /// <summary>The text column that is featurized.</summary>
    public string InputColumnName { get; }

    /// <summary>The options.</summary>
    public KoNewsFeaturizerOptions Options { get; }

    /// <inheritdoc/>
    public KoNewsFeaturizerTransformer Fit(IDataView input) => new(_chain.Fit(input));

    /// <inheritdoc/>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => _chain.GetOutputSchema(inputSchema);

    private static IEstimator<ITransformer> BuildChain(TransformsCatalog catalog, string input, KoNewsFeaturizerOptions options)
    {
        IEstimator<ITransformer> chain = catalog.CopyColumns(KoNewsColumns.TextInternal, input);
        if (options.ReferenceDateColumnName is { } referenceColumn)
        {
            chain = chain.Append(catalog.CopyColumns(KoNewsColumns.ReferenceInternal, referenceColumn));
        }

        chain = chain
            .Append(catalog.CustomMapping(new KoNewsOptionsKeyFactory().GetMapping(), KoNewsOptionsKeyFactory.ContractName))
            .Append(catalog.Conversion.MapValue(
                KoNewsColumns.OptionsInternal,
                [new KeyValuePair<string, string>(KoNewsColumns.OptionsKeyValue, options.Serialize())],
                KoNewsColumns.OptionsKeyInternal));

        chain = options.ReferenceDateColumnName is null
            ? chain.Append(catalog.CustomMapping(new KoNewsFeaturizerFactory().GetMapping(), KoNewsFeaturizerFactory.ContractName))
            : chain.Append(catalog.CustomMapping(new KoNewsFeaturizerReferenceFactory().GetMapping(), KoNewsFeaturizerReferenceFactory.ContractName));

        var drop = new List<string>
        {
            KoNewsColumns.TextInternal, KoNewsColumns.OptionsKeyInternal, KoNewsColumns.OptionsInternal, KoNewsColumns.CompanyHashKeysInternal,
        };
        if (options.ReferenceDateColumnName is not null)
        {
            drop.Add(KoNewsColumns.ReferenceInternal);
        }

        return chain
            .Append(catalog.Conversion.Hash(KoNewsColumns.CompanyHashKeysInternal, KoNewsColumns.CompanyCodes, options.CompanyHashBits))
            .Append(catalog.Conversion.MapKeyToVector(KoNewsColumns.CompanyHash, KoNewsColumns.CompanyHashKeysInternal, outputCountVector: true))
            .Append(catalog.DropColumns(drop.ToArray()));
    }
}

/// <summary>
/// The fitted KoNewsParse featurizer. It saves as the ML.NET transformer chain it wraps, so
/// <c>mlContext.Model.Load</c> returns an equivalent <see cref="ITransformer"/> (a chain), not this type.
/// </summary>
public sealed class KoNewsFeaturizerTransformer : ITransformer
{
    private readonly ITransformer _inner;

    internal KoNewsFeaturizerTransformer(ITransformer inner) => _inner = inner;

    /// <inheritdoc/>
    public bool IsRowToRowMapper => _inner.IsRowToRowMapper;

    /// <inheritdoc/>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => _inner.GetOutputSchema(inputSchema);

    /// <inheritdoc/>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => _inner.GetRowToRowMapper(inputSchema);

    /// <inheritdoc/>
    public IDataView Transform(IDataView input) => _inner.Transform(input);

    /// <inheritdoc/>
    void ICanSaveModel.Save(ModelSaveContext ctx) => _inner.Save(ctx);
}

/// <summary><c>mlContext.Transforms.KoNews…</c> extension methods.</summary>
public static class KoNewsTransformsCatalogExtensions
{
    /// <summary>
    /// Adds the KoNewsParse feature columns (money, dates, companies, duplicates, boilerplate; see <see cref="KoNewsColumns"/>)
    /// computed from the text column <paramref name="inputColumnName"/>.
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="inputColumnName">The text column (an article or a paragraph per row).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="KoNewsFeaturizerOptions.Default"/>.</param>
    /// <returns>The estimator.</returns>
    public static KoNewsFeaturizerEstimator KoNewsFeaturize(this TransformsCatalog catalog, string inputColumnName, KoNewsFeaturizerOptions? options = null)
        => new(catalog, inputColumnName, options ?? KoNewsFeaturizerOptions.Default);
}
