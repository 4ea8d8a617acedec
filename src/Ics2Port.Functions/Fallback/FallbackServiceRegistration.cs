namespace Ics2Port.Functions.Fallback;

using System.Net.Mail;
using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Fallback.Inbox;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.FallbackInbox;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Outages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

/// <summary>Delivery to the port system and the fallback procedure: options, peers, stores and use cases.</summary>
public static class FallbackServiceRegistration
{
    public static IServiceCollection AddFallback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortSystemOptions>().Bind(configuration.GetSection(PortSystemOptions.SectionName));
        services.AddOptions<EdsOptions>().Bind(configuration.GetSection(EdsOptions.SectionName));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        services.AddOptions<FallbackOptions>()
            .Bind(configuration.GetSection(FallbackOptions.SectionName))
            .Validate(options => options.FailuresBeforeOutage is >= 1 and <= 100, "Ics2Port:Fallback:FailuresBeforeOutage must be between 1 and 100.")
            .Validate(options => options.MaxEmailAttempts is >= 1 and <= 20, "Ics2Port:Fallback:MaxEmailAttempts must be between 1 and 20.")
            .Validate(options => options.LeaseDuration >= TimeSpan.FromSeconds(15) && options.LeaseDuration <= TimeSpan.FromSeconds(60), "Ics2Port:Fallback:LeaseDuration must be between 15 and 60 seconds.")
            .Validate(
                options => options.ControlPointEmails.Keys.Concat(options.ControlPointAddresses.Keys).All(port => ControlPoints.Latvia.ForPort(port).Succeeded),
                $"Ics2Port:Fallback:ControlPointEmails and ControlPointAddresses name ports by UN/LOCODE, one of {string.Join(", ", ControlPoints.Latvia.All.Select(point => point.Port))}.")
            .Validate(
                options => options.ControlPointEmails.Values.All(email => MailAddress.TryCreate(email, out _)),
                "Ics2Port:Fallback:ControlPointEmails:<LOCODE> must be e-mail addresses.")
            .ValidateOnStart();
        services.AddHttpClient(FallbackChannels.PortSystemHttpClient);
        services.AddHttpClient(FallbackChannels.EdsHttpClient);

        services.TryAddSingleton(provider => DocumentSigner.FromOptions(provider.GetRequiredService<IOptions<SigningOptions>>().Value, provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IFallbackMailer, FallbackMailer>();
        services.AddSingleton<FallbackChannels>();

        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<OutageStore>();
        services.AddSingleton<IntakeStore>();

        services.AddSingleton<PortSystemAvailability>();
        services.AddSingleton<CaseAttempts>();
        services.AddSingleton<DocumentDelivery>();
        services.AddSingleton<NewVersionDelivery>();
        services.AddSingleton<FilingOutbox>();
        services.AddSingleton<FilingDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<NewVersionDelivery>());
        services.AddSingleton<CaseDocuments>();
        services.AddSingleton<FallbackWorkflow>();
        services.AddSingleton<FallbackCases>();
        services.AddSingleton<PortCallLinker>();
        services.AddSingleton<FallbackInbox>();

        return services;
    }
}
