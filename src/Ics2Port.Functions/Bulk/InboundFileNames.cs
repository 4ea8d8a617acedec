namespace Ics2Port.Functions.Bulk;

using System.Globalization;
using System.Text;
using Ics2Port.Domain.Common;
using Ics2Port.Functions.Common;

/// <summary>
/// Blob names no file may have, checked before anything reads the file: an empty, <c>.</c> or <c>..</c> segment (a URL
/// resolves it, so the name would address another blob), a control character, or a segment longer than a file name.
/// </summary>
public static class InboundFileNames
{
    /// <summary>The longest segment taken: the longest file name of common file systems and SFTP clients.</summary>
    public const int MaxSegmentLength = 255;

    private const string QuarantineFolder = "refused-names/";

    /// <summary>Why <paramref name="blobName"/> is refused, or null when it may be read.</summary>
    public static HostileName? Check(string blobName)
    {
        if (FreeTexts.IndexOfControl(blobName) is var control and >= 0)
        {
            return new HostileName(
                string.Create(CultureInfo.InvariantCulture, $"The name holds the control character U+{(int)blobName[control]:X4}."),
                Addressable: true);
        }

        var segments = blobName.Split('/');
        if (segments.Any(segment => segment.Length == 0 || segment is "." or ".."))
        {
            return new HostileName("The name has an empty, '.' or '..' segment; the file is left where it is, as its name would address another file.", Addressable: false);
        }

        return segments.FirstOrDefault(segment => segment.Length > MaxSegmentLength) is { } longSegment
            ? new HostileName(string.Create(CultureInfo.InvariantCulture, $"A segment of the name has {longSegment.Length} characters; at most {MaxSegmentLength} are allowed."), Addressable: true)
            : null;
    }

    /// <summary>Where a refused name is set aside in quarantine: by the SHA-256 of the name, which the error record keeps.</summary>
    public static string QuarantineName(string blobName) =>
        QuarantineFolder + ContentHash.Sha256Hex(Encoding.UTF8.GetBytes(blobName));
}
