using System.Text.Json.Nodes;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Packaging;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// An integrator's client: Kiota (the dotnet tool pinned in tools/dotnet-tools.json, restored by ./test.sh) generates a
/// C# client from the document the app serves, and a small program built on it registers a port call, files a FAL 1
/// from a typed object and reads what is still missing, against the local host.
/// </summary>
[Collection("azurite")]
public sealed class GeneratedClientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string KiotaPackagesVersion = "2.1.6";

    private const string Program = """
        using System.Security.Cryptography;
        using System.Text.Json;
        using Ics2Port.Client;
        using Ics2Port.Client.Models;
        using Ics2Port.Client.PortCalls.Item.Item.Item;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        var sent = new SentBodies { InnerHandler = new HttpClientHandler() };
        using var http = new HttpClient(sent);
        http.DefaultRequestHeaders.Add("X-Api-Key", args[1]);
        var client = new Ics2PortClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = args[0] });

        var portCall = await client.PortCalls.PostAsync(new PortCallRequest
        {
            Vessel = new Vessel { ImoNumber = "9074729", Name = "BALTIC TRADER", CallSign = "YLAB", Flag = "LV" },
            Port = "LVRIX",
            VoyageNumber = "BT2611",
            Eta = DateTimeOffset.Parse("2026-11-23T06:00:00+02:00"),
        });
        var agent = new Party { Name = "Baltship Agency SIA", Address = "Eksporta iela 3, Riga", Country = "LV", Email = "ops@baltship.lv", Phone = "+371 67000000" };
        var receipt = await client.PortCalls[portCall!.PortCallId!]["arrival"]["fal1"].PutAsync(new WithTypeItemRequestBuilder.WithTypePutRequestBody
        {
            GeneralDeclaration = new GeneralDeclaration
            {
                ShipName = "BALTIC TRADER", ImoNumber = "9074729", CallSign = "YLAB", Flag = "LV", VoyageNumber = "BT2611", Port = "LVRIX",
                DateTime = DateTimeOffset.Parse("2026-11-23T06:00:00+02:00"), LastPort = "SEGOT", NextPort = "DEHAM",
                Master = new MasterName { FamilyName = "Ozols", GivenNames = "Janis" }, Agent = agent,
                GrossTonnage = 8450, NetTonnage = 4120, CargoDescription = "Sawn timber", NumberOfCrew = 3, NumberOfPassengers = 0,
            },
        });
        var current = await client.PortCalls[portCall.PortCallId!].GetAsync();

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            portCallId = portCall.PortCallId,
            version = receipt!.Version,
            receiptSha256 = receipt.Sha256,
            sentSha256 = Convert.ToHexStringLower(SHA256.HashData(sent.Last!)),
            missing = current!.Arrival!.Missing!.Select(type => type.ToString()).ToArray(),
        }));

        sealed class SentBodies : DelegatingHandler
        {
            public byte[]? Last { get; private set; }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.Content is not null)
                {
                    Last = await request.Content.ReadAsByteArrayAsync(cancellationToken);
                }

                return await base.SendAsync(request, cancellationToken);
            }
        }
        """;

    private TestApp _app = null!;
    private DirectoryInfo _work = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("kiota"));
        _work = Directory.CreateTempSubdirectory("ics2port-kiota-");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task KiotaClient_CreatesAPortCallAndFilesATypedFal1_ReceiptHashesTheBytesSentAndFal1IsNoLongerMissing()
    {
        var document = Path.Combine(_work.FullName, "openapi.json");
        await File.WriteAllTextAsync(document, await _app.Client(apiKey: null).GetStringAsync("/api/openapi.json"));
        Run("dotnet", ["tool", "run", "kiota", "generate", "-l", "CSharp", "-d", document, "-o", Path.Combine(_work.FullName, "Client"), "-n", "Ics2Port.Client", "-c", "Ics2PortClient", "--exclude-backward-compatible"], Path.Combine(RepositoryRoot.Find(), "tools"));
        await File.WriteAllTextAsync(Path.Combine(_work.FullName, "Program.cs"), Program);
        await File.WriteAllTextAsync(Path.Combine(_work.FullName, "IntegratorClient.csproj"), Project());

        var output = Run("dotnet", ["run", "-c", "Release", "--", new Uri(_app.BaseAddress, "/api").ToString(), TestApp.AgentAKey], _work.FullName);

        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.Equal(1, result["version"]!.GetValue<int>());
        Assert.Equal(result["sentSha256"]!.GetValue<string>(), result["receiptSha256"]!.GetValue<string>());
        var missing = result["missing"]!.AsArray().Select(type => type!.GetValue<string>()).ToList();
        Assert.NotEmpty(missing);
        Assert.DoesNotContain(missing, type => type.Equals("fal1", StringComparison.OrdinalIgnoreCase));
    }

    private static string Project() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.Kiota.Abstractions" Version="{KiotaPackagesVersion}" />
            <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="{KiotaPackagesVersion}" />
            <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="{KiotaPackagesVersion}" />
            <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="{KiotaPackagesVersion}" />
            <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="{KiotaPackagesVersion}" />
            <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="{KiotaPackagesVersion}" />
          </ItemGroup>
        </Project>
        """;

    private static string Run(string tool, IEnumerable<string> arguments, string workingDirectory)
    {
        var run = ToolProcess.Run(tool, arguments, workingDirectory, TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {run.ExitCode}:{Environment.NewLine}{run.Output}{run.Error}");
        return run.Output;
    }
}
