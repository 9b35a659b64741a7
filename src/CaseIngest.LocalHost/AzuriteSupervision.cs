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
        services.AddSingleton(_ => new RunningAzurite(azurite));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AzuriteSupervisor>(sp, settings));
        services.AddHostedService(sp => sp.GetRequiredService<AzuriteSupervisor>());

        // The emulator running now (a restart replaces it); the services stop it when disposed, even if the host never ran.
        services.AddTransient(sp => sp.GetRequiredService<RunningAzurite>().Current);
        if (settings.DataDirectory is { } data)
        {
            services.AddHostedService(sp => new EmulatorFileSignal(data, sp.GetRequiredService<ContainerChanges>()));
        }

        return services;
    }
}
