<#
.SYNOPSIS
    Builds the Tamara plugin: a thin wrapper over `dotnet build`; the MSBuild files in build/ hold all the logic.
.EXAMPLE
    ./build.ps1                                   # dist/Payments.Tamara.zip
    ./build.ps1 -Output C:\drops                  # C:\drops\Payments.Tamara.zip
    ./build.ps1 -NopSource C:\nopCommerce\src     # into C:\nopCommerce\src\Presentation\Nop.Web\Plugins\Payments.Tamara
#>
param(
    [string] $Configuration = "Release",
    [string] $NopSource = "",
    [string] $Output = ""
)

$ErrorActionPreference = "Stop"

function Get-FullPath([string] $path) {
    # Relative to the current PowerShell location; no trailing slash, which would escape the closing quote.
    return $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($path).TrimEnd('\', '/')
}

$arguments = @("build", (Join-Path $PSScriptRoot "Nop.Plugin.Payments.Tamara.sln"), "-c", $Configuration)
if ($NopSource) { $arguments += "-p:NopSource=$(Get-FullPath $NopSource)" }
if ($Output) { $arguments += "-p:PackageOutputDir=$(Get-FullPath $Output)" }

& dotnet @arguments
exit $LASTEXITCODE
