namespace Ics2Port.Domain.Reading.Tabular;

using System.Buffers;
using System.Globalization;
using System.IO.Compression;

/// <summary>
/// What an <c>.xlsx</c> (a zip) may unpack to before anything parses it. Every entry is inflated once into a small
/// buffer and counted, so a zip bomb or a cell bomb (one cell of hundreds of millions of characters, a few hundred KB
/// packed) is refused after at most <see cref="MaxEntryBytes"/> of inflating and never held in memory. Far above what
/// a workbook of the largest document takes (a 10,000-row manifest unpacks to about 10 MB).
/// </summary>
internal static class WorkbookLimits
{
    /// <summary>Entries of the archive: a workbook has a dozen or two.</summary>
    public const int MaxEntries = 256;

    /// <summary>Bytes one entry (a worksheet, the shared strings) may unpack to.</summary>
    public const long MaxEntryBytes = 32L * 1024 * 1024;

    /// <summary>Bytes all entries together may unpack to.</summary>
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    /// <summary>Characters of one cell or shared string: Excel's own limit.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Characters of all shared strings together.</summary>
    public const long MaxSharedStringCharacters = 8_000_000;

    /// <summary>Null when the archive keeps within the limits; otherwise which limit it passes, for the error.</summary>
    public static string? Check(Stream workbook)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
        {
            return Invariant($"The workbook has {zip.Entries.Count} entries; at most {MaxEntries} are allowed.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                // The sizes an entry declares may lie: what counts is what inflating it gives.
                using var inflated = entry.Open();
                var size = 0L;
                int read;
                while ((read = inflated.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += read;
                    total += read;
                    if (size > MaxEntryBytes)
                    {
                        return Invariant($"The workbook's part {entry.FullName} unpacks to more than {MaxEntryBytes / (1024 * 1024)} MB, the limit for one part.");
                    }

                    if (total > MaxTotalBytes)
                    {
                        return Invariant($"The workbook unpacks to more than {MaxTotalBytes / (1024 * 1024)} MB, the limit for a workbook.");
                    }
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
