namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Functions.Access;
using Microsoft.OpenApi;

/// <summary>The OpenAPI document, served without a key at <c>/api/openapi.json</c> so it is reachable through an HTTP function.</summary>
public static class OpenApiSetup
{
    public const string Path = "/api/openapi.json";
    private const string SchemeId = "ApiKey";

    public static IServiceCollection AddIcs2PortOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Ics2Port",
                Version = "v1",
                Description = "Port formalities: FAL documents, cargo manifests and unloading/loading permits of a port call, validated and stored. Errors are RFC 9457 problem details.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "The key of a shipping agent or of the port authority.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] }];
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapIcs2PortOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(Path);
        return endpoints;
    }
}
