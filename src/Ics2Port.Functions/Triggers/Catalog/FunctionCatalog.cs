using System.Text.Json;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>
/// The functions the host will see: every <c>&lt;FunctionName&gt;/function.json</c> beside <c>host.json</c>.
/// A function is disabled by <c>"disabled": true</c> or the app setting <c>AzureWebJobs.&lt;name&gt;.Disabled</c>, as in the host.
/// </summary>
public sealed class FunctionCatalog
{
    private const string DefaultConnection = "AzureWebJobsStorage";

    private readonly Dictionary<string, FunctionDescriptor> _byName;

    public FunctionCatalog(string rootDirectory, IEnumerable<FunctionDescriptor> functions)
    {
        RootDirectory = rootDirectory;
        Functions = functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        _byName = Functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string RootDirectory { get; }

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public static FunctionCatalog Load(string rootDirectory, IConfiguration? settings = null)
    {
        var functions = new List<FunctionDescriptor>();
        foreach (var directory in Directory.EnumerateDirectories(rootDirectory))
        {
            var manifest = Path.Combine(directory, "function.json");
            if (File.Exists(manifest))
            {
                functions.Add(ReadManifest(Path.GetFileName(directory), manifest, settings));
            }
        }

        return new FunctionCatalog(rootDirectory, functions);
    }

    /// <summary>The function of that name (names are case-insensitive, as in the host), or null.</summary>
    public FunctionDescriptor? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<(FunctionDescriptor Function, BlobTriggerBinding Trigger)> EnabledBlobTriggers()
    {
        foreach (var function in Functions)
        {
            if (!function.Disabled && function.Trigger is BlobTriggerBinding blob)
            {
                yield return (function, blob);
            }
        }
    }

    public IEnumerable<(FunctionDescriptor Function, TimerTriggerBinding Trigger)> EnabledTimerTriggers()
    {
        foreach (var function in Functions)
        {
            if (!function.Disabled && function.Trigger is TimerTriggerBinding timer)
            {
                yield return (function, timer);
            }
        }
    }

    private static FunctionDescriptor ReadManifest(string name, string manifestPath, IConfiguration? settings)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifestPath));
            var root = document.RootElement;
            var bindings = EnvelopeValues.Member(root, "bindings") is { ValueKind: JsonValueKind.Array } array
                ? array.EnumerateArray().ToList()
                : throw new FormatException("it has no 'bindings' array");
            var triggers = bindings.Where(IsTrigger).ToList();
            if (triggers.Count != 1)
            {
                throw new FormatException($"it must have exactly one trigger binding, not {triggers.Count}");
            }

            var disabled = (EnvelopeValues.ReadBoolean(EnvelopeValues.Member(root, "disabled")) ?? false)
                || (bool.TryParse(settings?[$"AzureWebJobs.{name}.Disabled"], out var off) && off);
            return new FunctionDescriptor(name, ReadTrigger(triggers[0]), disabled);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InvalidOperationException($"Function manifest '{manifestPath}' is not valid: {e.Message}", e);
        }
    }

    private static bool IsTrigger(JsonElement binding) =>
        Text(binding, "type") is { } type && type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    private static TriggerBinding ReadTrigger(JsonElement binding)
    {
        var type = Text(binding, "type")!;
        var bindingName = Text(binding, "name") ?? throw new FormatException($"its {type} has no 'name'");
        if (type.Equals("blobTrigger", StringComparison.OrdinalIgnoreCase))
        {
            var path = Text(binding, "path") ?? throw new FormatException("its blobTrigger has no 'path'");
            return new BlobTriggerBinding(
                bindingName,
                BlobPathPattern.Parse(path),
                Text(binding, "connection") ?? DefaultConnection,
                Text(binding, "dataType"),
                Text(binding, "source"));
        }

        if (type.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase))
        {
            var schedule = Text(binding, "schedule") ?? throw new FormatException("its timerTrigger has no 'schedule'");
            return new TimerTriggerBinding(
                bindingName,
                TimerSchedule.Parse(schedule),
                EnvelopeValues.ReadBoolean(EnvelopeValues.Member(binding, "runOnStartup")) ?? false,
                EnvelopeValues.ReadBoolean(EnvelopeValues.Member(binding, "useMonitor")));
        }

        if (type.Equals("queueTrigger", StringComparison.OrdinalIgnoreCase))
        {
            return new QueueTriggerBinding(
                bindingName,
                Text(binding, "queueName") ?? throw new FormatException("its queueTrigger has no 'queueName'"),
                Text(binding, "connection") ?? DefaultConnection);
        }

        return new OtherTriggerBinding(type, bindingName);
    }

    private static string? Text(JsonElement obj, string name) => EnvelopeValues.ReadString(EnvelopeValues.Member(obj, name));
}
