using System.Globalization;

namespace Ics2Port.Storage;

/// <summary>The parts of a storage connection string this client understands.</summary>
/// <remarks>A class, not a record, so that no generated ToString can print the key.</remarks>
internal sealed class StorageConnectionString(StorageEndpoints endpoints, string? accountKey)
{
    internal const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public StorageEndpoints Endpoints { get; } = endpoints;

    public string? AccountKey { get; } = accountKey;

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Account keys end in '=', so only the first '=' separates name from value.
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new FormatException($"Connection string segment '{Describe(part)}' is not of the form Name=Value.");
            }

            settings[part[..separator].Trim()] = part[(separator + 1)..].Trim();
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development)
            && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            return Development();
        }

        settings.TryGetValue("AccountName", out var accountName);
        settings.TryGetValue("AccountKey", out var accountKey);
        var blobEndpoint = EndpointFor(settings, "BlobEndpoint", "blob", accountName);
        var tableEndpoint = EndpointFor(settings, "TableEndpoint", "table", accountName);
        accountName ??= AccountNameFrom(blobEndpoint);

        return new StorageConnectionString(
            new StorageEndpoints(blobEndpoint, tableEndpoint, accountName),
            string.IsNullOrEmpty(accountKey) ? null : accountKey);
    }

    private static StorageConnectionString Development() => new(
        new StorageEndpoints(
            new Uri("http://127.0.0.1:10000/" + DevelopmentAccountName),
            new Uri("http://127.0.0.1:10002/" + DevelopmentAccountName),
            DevelopmentAccountName),
        DevelopmentAccountKey);

    private static Uri EndpointFor(Dictionary<string, string> settings, string key, string service, string? accountName)
    {
        if (settings.TryGetValue(key, out var explicitEndpoint) && explicitEndpoint.Length > 0)
        {
            if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var uri))
            {
                throw new FormatException($"Connection string setting {key} is not an absolute URI.");
            }

            return uri;
        }

        if (string.IsNullOrEmpty(accountName))
        {
            throw new FormatException($"Connection string has neither {key} nor AccountName.");
        }

        var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var p) && p.Length > 0 ? p : "https";
        var suffix = settings.TryGetValue("EndpointSuffix", out var s) && s.Length > 0 ? s : "core.windows.net";
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{protocol}://{accountName}.{service}.{suffix}/"));
    }

    // Path-style endpoints (emulators) carry the account as the first path segment;
    // host-style endpoints carry it as the first label of the host.
    private static string AccountNameFrom(Uri endpoint)
    {
        var firstSegment = endpoint.AbsolutePath.Trim('/').Split('/')[0];
        return firstSegment.Length > 0 ? firstSegment : endpoint.Host.Split('.')[0];
    }

    // Never echo a whole segment: it may be the account key.
    private static string Describe(string part) => part.Length <= 12 ? part : part[..12] + "...";
}
