namespace Ics2Port.Functions.Hosting;

/// <summary>Settings of section <c>Ics2Port</c> (API keys are read by the access layer).</summary>
public sealed class Ics2PortOptions
{
    public const string Section = "Ics2Port";

    /// <summary>Largest accepted request body; larger ones answer 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Path of the HS nomenclature CSV (<c>section,hscode,description,parent,level</c>); without it HS codes are checked for structure only.</summary>
    public string? HsNomenclaturePath { get; set; }

    /// <summary>How many HS picker results a search returns unless the request asks for fewer.</summary>
    public int HsSearchLimit { get; set; } = 20;

    public StorageSettings Storage { get; set; } = new();

    public sealed class StorageSettings
    {
        /// <summary>Storage connection string; falls back to the Functions host's <c>AzureWebJobsStorage</c>.</summary>
        public string? ConnectionString { get; set; }

        /// <summary>Blob endpoint used with the managed identity when no connection string is set (Azure).</summary>
        public Uri? BlobEndpoint { get; set; }

        /// <summary>Table endpoint used with the managed identity when no connection string is set (Azure).</summary>
        public Uri? TableEndpoint { get; set; }

        /// <summary>Prefix for every table and container name (lower-case letters and digits), to share an account.</summary>
        public string? NamePrefix { get; set; }

        /// <summary>How often a failed storage request is retried (with exponential back-off) before the request fails with 503.</summary>
        public int MaxRetries { get; set; } = 3;
    }
}
