namespace Ics2Port.Functions.HsCodes;

using Ics2Port.Functions.Hosting;
using Microsoft.Extensions.Options;

/// <summary>
/// The configured nomenclature (by default the HS 2022 file shipped with the app), read once on first use. An empty
/// path, or a file that cannot be read, leaves it absent: the picker answers 503 and HS codes are checked for structure only.
/// </summary>
public sealed class HsNomenclatureSource
{
    private readonly Lazy<HsNomenclature?> _nomenclature;

    public HsNomenclatureSource(IOptions<Ics2PortOptions> options, ILogger<HsNomenclatureSource> logger)
    {
        _nomenclature = new Lazy<HsNomenclature?>(() => Load(options.Value.HsNomenclaturePath ?? Ics2PortOptions.DefaultHsNomenclaturePath, logger));
    }

    /// <summary>The nomenclature, or null when none is configured.</summary>
    public HsNomenclature? Current => _nomenclature.Value;

    private static HsNomenclature? Load(string? path, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            HsCodeLog.NotConfigured(logger);
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var nomenclature = HsNomenclature.Load(reader);
            HsCodeLog.Loaded(logger, nomenclature.Count, path);
            return nomenclature;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvFormatException)
        {
            HsCodeLog.Unreadable(logger, e, path);
            return null;
        }
    }
}
