//! The embedded data (feature `builtin-data`).

use crate::data::{Cues, Gazetteer, Kind};
use crate::Error;

/// Loads the built-in tables, in priority order (earlier sources win identical surfaces).
#[cfg(feature = "builtin-data")]
pub(crate) fn load(gaz: &mut Gazetteer, cues: &mut Cues) -> Result<(), Error> {
    gaz.add_tsv(
        "people_2023-08.tsv",
        include_str!("../data/people_2023-08.tsv"),
        Kind::Person,
    )?;
    gaz.add_tsv(
        "figures.tsv",
        include_str!("../data/figures.tsv"),
        Kind::Person,
    )?;
    gaz.add_tsv("orgs.tsv", include_str!("../data/orgs.tsv"), Kind::Org)?;
    gaz.add_tsv(
        "orgs_world.tsv",
        include_str!("../data/orgs_world.tsv"),
        Kind::Org,
    )?;
    gaz.add_tsv(
        "geonames_countries.tsv",
        include_str!("../data/geonames_countries.tsv"),
        Kind::Country,
    )?;
    gaz.add_tsv(
        "places.tsv",
        include_str!("../data/places.tsv"),
        Kind::Region,
    )?;
    gaz.add_tsv(
        "geonames_regions.tsv",
        include_str!("../data/geonames_regions.tsv"),
        Kind::Region,
    )?;
    gaz.add_demonyms("demonyms.tsv", include_str!("../data/demonyms.tsv"))?;
    gaz.add_tsv("misc.tsv", include_str!("../data/misc.tsv"), Kind::Misc)?;
    gaz.add_tsv(
        "geonames_cities.tsv",
        include_str!("../data/geonames_cities.tsv"),
        Kind::City,
    )?;
    gaz.add_tsv(
        "city_names_en.tsv",
        include_str!("../data/city_names_en.tsv"),
        Kind::City,
    )?;
    cues.add_tsv("cues.tsv", include_str!("../data/cues.tsv"))?;
    cues.add_first_names(include_str!("../data/census1990_first_names.tsv"));
    cues.add_last_names(include_str!("../data/census1990_last_names.tsv"));
    Ok(())
}

/// Without the `builtin-data` feature there is nothing to load.
#[cfg(not(feature = "builtin-data"))]
pub(crate) fn load(_gaz: &mut Gazetteer, _cues: &mut Cues) -> Result<(), Error> {
    Ok(())
}
