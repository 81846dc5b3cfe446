// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checks.h"

#include "ImageCatalog.h"
#include "Preflight.h"
#include "StateStore.h"

#include <QCoreApplication>

namespace bd::checks {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
static QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

static void requireRegisteredImage(const DoctorInputs &in, const ImageRecord &image, Preflight &preflight)
{
    const QString hint = tr("re-register or rebuild the default image");
    preflight.requireFile(in.paths.system(image.rootfsPath), tr("default image rootfs"), hint);
    preflight.requireFile(in.paths.system(image.kernelPath), tr("default image kernel"), hint);
    if (!image.initrdPath.trimmed().isEmpty())
        preflight.requireFile(in.paths.system(image.initrdPath), tr("default image initrd"), hint);
}

static void requireCatalogImage(const QString &name, Preflight &preflight)
{
    const ImageCatalog catalog = ImageCatalog::embedded();
    preflight.addSource(QStringLiteral("image catalog :/banger-doctor/data/image-catalog.json"));
    if (catalog.find(name))
        return;
    preflight.addProblem(
        tr("default image \"%1\" is neither registered in the state DB nor in the image catalog").arg(name),
        tr("set default_image_name in config.toml to a registered image or one of: %1")
            .arg(catalog.names().join(QStringLiteral(", "))));
}

// A registered image must have its files; an unregistered one is fine when the catalog has it, because
// banger pulls catalog images on first use.
static void requireDefaultImage(const DoctorInputs &in, const QString &name, Preflight &preflight)
{
    const StoreSnapshot store = StateStore::read(in.paths.stateDb(), name);
    preflight.addSource(QStringLiteral("sqlite %1 images.name").arg(store.path));
    if (store.image)
        requireRegisteredImage(in, *store.image, preflight);
    else if (store.isReadable() || store.status == StoreStatus::Missing)
        requireCatalogImage(name, preflight);
    else
        preflight.addProblem(tr("default image \"%1\" cannot be looked up: the state DB is not readable").arg(name),
                             tr("fix the state store first (see its row)"));
}

static QString runtimeStatus(const UserConfig &config)
{
    if (config.firecrackerBin.trimmed().isEmpty())
        return tr("ssh key and vsock helper in place; no firecracker binary configured");
    return tr("ssh key, vsock helper and firecracker setting resolved");
}

CheckResult hostRuntime(const CheckContext &ctx)
{
    const DoctorInputs &in = ctx.in;
    const UserConfig config = in.config();
    Preflight preflight;

    preflight.requireFile(in.sshKeyPath(), tr("ssh private key"),
                          tr("set ssh_key_path in config.toml, or let banger create its default key"));
    preflight.requireExecutable(in.paths.vsockAgent(), tr("vsock agent helper"),
                                tr("reinstall banger (or run `make build` in a source checkout)"));

    const QString image = config.defaultImageName.trimmed();
    if (!image.isEmpty())
        requireDefaultImage(in, image, preflight);

    return preflight.result(runtimeStatus(config));
}

} // namespace bd::checks
