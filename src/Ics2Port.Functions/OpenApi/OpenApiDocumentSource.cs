namespace Ics2Port.Functions.OpenApi;

using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// The OpenAPI document, generated once per process from the HTTP functions' own attributes (routes, methods,
/// parameters, bodies, answers) by ASP.NET Core's generator, so that the Functions worker and the local host serve the
/// same document and no route is written twice. The generator needs endpoints, so each function is described by one
/// that is never served.
/// </summary>
public sealed class OpenApiDocumentSource
{
    private readonly Lazy<Task<byte[]>> _document;

    public OpenApiDocumentSource()
        : this(AppContext.BaseDirectory)
    {
    }

    public OpenApiDocumentSource(string hostJsonDirectory)
    {
        _document = new(() => BuildAsync(HostJson.RoutePrefix(hostJsonDirectory)));
    }

    /// <summary>The document as UTF-8 JSON (OpenAPI 3.1).</summary>
    public Task<byte[]> GetAsync(CancellationToken cancellationToken = default) => _document.Value.WaitAsync(cancellationToken);

    private static async Task<byte[]> BuildAsync(string routePrefix)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(OpenApiDocumentSource).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        // Answers are written with the API's own JSON conventions, and numbers are never text.
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions).NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(OpenApiSetup.DocumentName, options => OpenApiSetup.Configure(options, routePrefix));
        builder.Services.AddSingleton(FunctionEndpoints.Create(routePrefix, _ => _ => throw new InvalidOperationException("This endpoint only describes a function.")));
        await using var app = builder.Build();

        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiSetup.DocumentName).GetOpenApiDocumentAsync();
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
