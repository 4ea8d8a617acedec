namespace Ics2Port.Functions.OpenApi;

using System.Globalization;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints' metadata gives: the API key scheme, the request bodies,
/// query parameters and problem answers the functions declare, and the answers every function gives through
/// <see cref="ApiGateway"/>.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    private const string SchemeId = "ApiKey";
    private static readonly int[] GatewayProblems = [StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable];

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
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
                Name = ApiGateway.ApiKeyHeader,
                Description = "The key of a shipping agent or of the port authority.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] }];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var anonymous = metadata.OfType<AllowAnonymousAttribute>().Any();
            if (anonymous)
            {
                operation.Security = [];
            }

            foreach (var query in metadata.OfType<QueryParameterAttribute>())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = query.Name,
                    In = ParameterLocation.Query,
                    Description = query.Description,
                    Schema = new OpenApiSchema { Type = query.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }

            if (metadata.OfType<RequestBodyAttribute>().FirstOrDefault() is { } body)
            {
                var schema = await context.GetOrCreateSchemaAsync(body.Schema, cancellationToken: cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = body.Required,
                    Content = body.ContentTypes.ToDictionary(contentType => contentType, _ => new OpenApiMediaType { Schema = schema }),
                };
            }

            var problems = metadata.OfType<ProducesProblemsAttribute>().SelectMany(produces => produces.StatusCodes)
                .Concat(anonymous ? [] : [StatusCodes.Status401Unauthorized])
                .Concat(GatewayProblems);
            var problemSchema = await context.GetOrCreateSchemaAsync(typeof(ApiProblem), cancellationToken: cancellationToken);
            operation.Responses ??= [];
            foreach (var status in problems.Distinct().Order())
            {
                operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
                {
                    Description = ProblemTypes.ForStatus(status).Title,
                    Content = new Dictionary<string, OpenApiMediaType> { [Outcomes.ApiResult.ProblemContentType] = new() { Schema = problemSchema } },
                };
            }
        });
    }
}
