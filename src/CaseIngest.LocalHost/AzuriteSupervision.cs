using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseIngest.LocalHost;

/// <summary>Registers the supervision of an Azurite that local mode started (and the watch of its data folder when it keeps one).</summary>
internal static class AzuriteSupervision
{
    public static IServiceCollection AddAzuriteSupervision(this IServiceCollection services, AzuriteProcess azurite, AzuriteSettings settings)
    {
        services.TryAddSingleton<StorageOutage>();
        services.TryAddSingleton<ContainerChanges>();
        services.TryAddSingleton<StorageCreation>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AzuriteSupervisor>(sp, azurite, settings));
        services.AddHostedService(sp => sp.GetRequiredService<AzuriteSupervisor>());
        if (settings.DataDirectory is { } data)
        {
            services.AddHostedService(sp => new EmulatorFileSignal(data, sp.GetRequiredService<ContainerChanges>()));
        }

        return services;
    }
}
