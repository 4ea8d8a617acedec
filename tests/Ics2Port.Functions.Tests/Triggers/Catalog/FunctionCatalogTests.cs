using System.Runtime.CompilerServices;
using Ics2Port.Functions.Triggers.Catalog;
using Microsoft.Extensions.Configuration;

namespace Ics2Port.Functions.Tests.Triggers.Catalog;

public sealed class FunctionCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ics2port-catalog-").FullName;

    [Fact]
    public void Load_RepositoryFunctionFolders_ReadsTheBlobTimerAndQueueTriggers()
    {
        var catalog = FunctionCatalog.Load(RepositoryRoot());

        Assert.Equal(
            [
                "BlobTriggerPoisoned: queueTrigger message webjobs-blobtrigger-poison AzureWebJobsStorage",
                "FallbackInboxFileUploaded: blobTrigger file fallback-inbox/{name} binary EventGrid AzureWebJobsStorage",
                "FallbackWorkflow: timerTrigger timer 0 */1 * * * * runOnStartup=False useMonitor=True",
                "InboundFileUploaded: blobTrigger file inbound/{name} binary EventGrid AzureWebJobsStorage",
            ],
            catalog.Functions.Where(f => f.Trigger is not OtherTriggerBinding).Select(Describe));
    }

    [Fact]
    public void Load_HttpFunction_KeepsItAsOtherTrigger()
    {
        Write("PortCalls", """{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req" }, { "type": "http", "direction": "out", "name": "res" } ] }""");

        var catalog = FunctionCatalog.Load(_root);

        Assert.Equal(new OtherTriggerBinding("httpTrigger", "req"), catalog.Find("portcalls")?.Trigger);
    }

    [Fact]
    public void Load_BlobTriggerWithoutConnection_DefaultsToAzureWebJobsStorage()
    {
        Write("Uploaded", """{ "bindings": [ { "type": "blobTrigger", "direction": "in", "name": "file", "path": "inbound/{name}" } ] }""");

        var catalog = FunctionCatalog.Load(_root);

        Assert.Equal("AzureWebJobsStorage", (catalog.Find("Uploaded")?.Trigger as BlobTriggerBinding)?.Connection);
    }

    [Fact]
    public void Load_QueueTrigger_KeepsItOutOfTheBlobAndTimerTriggersTheDriverRuns()
    {
        Write("Uploaded", """{ "bindings": [ { "type": "blobTrigger", "direction": "in", "name": "file", "path": "inbound/{name}" } ] }""");
        Write("Poisoned", """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "message", "queueName": "webjobs-blobtrigger-poison" } ] }""");

        var catalog = FunctionCatalog.Load(_root);

        Assert.Equal(
            (new QueueTriggerBinding("message", "webjobs-blobtrigger-poison", "AzureWebJobsStorage"), "Uploaded", 0),
            (catalog.Find("poisoned")?.Trigger, string.Join(",", catalog.EnabledBlobTriggers().Select(t => t.Function.Name)), catalog.EnabledTimerTriggers().Count()));
    }

    [Fact]
    public void Load_DisabledByManifestOrAppSetting_LeavesThemOutOfEnabledTriggers()
    {
        Write("A", """{ "disabled": true, "bindings": [ { "type": "blobTrigger", "name": "f", "path": "inbound/{name}" } ] }""");
        Write("B", """{ "bindings": [ { "type": "blobTrigger", "name": "f", "path": "inbound/{name}" } ] }""");
        Write("C", """{ "bindings": [ { "type": "blobTrigger", "name": "f", "path": "inbound/{name}" } ] }""");
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobs.B.Disabled"] = "true" }).Build();

        var catalog = FunctionCatalog.Load(_root, settings);

        Assert.Equal(["C"], catalog.EnabledBlobTriggers().Select(t => t.Function.Name));
    }

    [Theory]
    [InlineData("""{ "bindings": [ { "type": "blobTrigger", "name": "f", "path": "inbound/{*path}" } ] }""")]
    [InlineData("""{ "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "every minute" } ] }""")]
    [InlineData("""{ "bindings": [ { "type": "timerTrigger", "name": "t" } ] }""")]
    [InlineData("""{ "bindings": [ { "type": "blob", "direction": "out", "name": "o", "path": "x/y" } ] }""")]
    [InlineData("""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "m" } ] }""")]
    [InlineData("""{ "bindings": { } }""")]
    [InlineData("""{ "bindings": [ """)]
    public void Load_InvalidManifest_ThrowsNamingTheFile(string manifest)
    {
        Write("Broken", manifest);

        var load = () => FunctionCatalog.Load(_root);

        var error = Assert.Throws<InvalidOperationException>(load);
        Assert.Contains(Path.Combine("Broken", "function.json"), error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string function, string manifest)
    {
        Directory.CreateDirectory(Path.Combine(_root, function));
        File.WriteAllText(Path.Combine(_root, function, "function.json"), manifest);
    }

    private static string Describe(FunctionDescriptor function) => function.Trigger switch
    {
        BlobTriggerBinding b => $"{function.Name}: {b.Type} {b.Name} {b.Path} {b.DataType} {b.Source} {b.Connection}",
        TimerTriggerBinding t => $"{function.Name}: {t.Type} {t.Name} {t.Schedule} runOnStartup={t.RunOnStartup} useMonitor={t.UseMonitor}",
        QueueTriggerBinding q => $"{function.Name}: {q.Type} {q.Name} {q.QueueName} {q.Connection}",
        _ => function.Name,
    };

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        // From this source file, since the build output may live outside the repository (--artifacts-path).
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ics2Port.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
