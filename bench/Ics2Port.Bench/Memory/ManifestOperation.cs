namespace Ics2Port.Bench.Memory;

using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

/// <summary>The two ways of taking in a manifest whose memory is compared.</summary>
internal static class ManifestOperation
{
    /// <summary>Plain System.Text.Json deserialization: the baseline.</summary>
    public const string Deserialize = "deserialize";

    /// <summary><c>DocumentReader.Read</c> then <c>DocumentValidator.Validate</c>, as the app takes in a submission.</summary>
    public const string ReadAndValidate = "read-validate";

    private static readonly DocumentContext Arrival = new() { Direction = Direction.Arrival, Port = "LVRIX", RegularShippingService = false };

    /// <summary>Runs <paramref name="name"/> on the bytes; the result is what the caller keeps alive.</summary>
    public static object Run(string name, byte[] document) => name switch
    {
        Deserialize => JsonSerializer.Deserialize<CargoManifest>(document, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The manifest JSON is null."),
        ReadAndValidate => ReadAndValidateManifest(document),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown operation."),
    };

    private static (object Manifest, ValidationReport Report) ReadAndValidateManifest(byte[] document)
    {
        var read = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Json, document);
        if (read.Errors.Count > 0 || read.Document is not { } manifest)
        {
            throw new InvalidOperationException("The synthetic manifest does not read.");
        }

        var report = DocumentValidator.Validate(DocumentType.Manifest, manifest, Arrival);
        return report.IsValid ? (manifest, report) : throw new InvalidOperationException($"The synthetic manifest is not valid: {report.Errors[0]}");
    }
}
