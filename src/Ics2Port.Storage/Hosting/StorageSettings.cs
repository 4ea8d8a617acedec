using Microsoft.Extensions.Configuration;

namespace Ics2Port.Storage.Hosting;

/// <summary>Settings of section <c>Ics2Port:Storage</c>: which account, how requests reach it, and how its layout is named.</summary>
public sealed class StorageSettings
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string Section = "Ics2Port:Storage";

    /// <summary>The Functions host's storage setting, used when <see cref="ConnectionString"/> is not set.</summary>
    public const string HostStorageSetting = "AzureWebJobsStorage";

    /// <summary>A connection string with an account key (Azurite, key-based accounts); falls back to <c>AzureWebJobsStorage</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob endpoint used with the managed identity when no connection string is set (Azure).</summary>
    public Uri? BlobEndpoint { get; set; }

    /// <summary>Table endpoint used with the managed identity when no connection string is set (Azure).</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Queue endpoint used with the managed identity when no connection string is set; without it no queue client is registered.</summary>
    public Uri? QueueEndpoint { get; set; }

    /// <summary>Prefix for every table and container name (lower-case letters and digits), to share an account.</summary>
    public string? NamePrefix { get; set; }

    /// <summary>How often a failed storage request is retried (with exponential back-off) before it fails.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Whether the app creates its tables and containers when it starts (local runs); in Azure the infrastructure does.</summary>
    public bool CreateLayoutOnStart { get; set; }

    /// <summary>Reads section <see cref="Section"/>, with <see cref="HostStorageSetting"/> as the connection string when it has none.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The settings.</returns>
    public static StorageSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(Section).Get<StorageSettings>() ?? new StorageSettings();
        settings.ConnectionString ??= configuration[HostStorageSetting];
        return settings;
    }
}
